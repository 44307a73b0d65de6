/** What of the checkin feature leaves journal-service: its events as public facts on {@code hearth.journal.v1}, never text. */
@NullMarked
package dev.hearth.journal.checkin.adapter;

import org.jspecify.annotations.NullMarked;
