/** journal-service: couples (formation, invites, membership), and later the journal itself. */
@NullMarked
package dev.hearth.journal;

import org.jspecify.annotations.NullMarked;
