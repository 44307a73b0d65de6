/** What of the entry feature leaves journal-service: its events as public facts on {@code hearth.journal.v1}, never text. */
@NullMarked
package dev.hearth.journal.entry.adapter;

import org.jspecify.annotations.NullMarked;
