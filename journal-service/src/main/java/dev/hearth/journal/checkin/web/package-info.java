/** The check-ins HTTP API: a partner's own, and nobody else's. */
@NullMarked
package dev.hearth.journal.checkin.web;

import org.jspecify.annotations.NullMarked;
