package dev.hearth.journal.entry.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the entries a partner may read, newest first; {@code next} goes on from where it stopped. */
public record EntryPage(List<EntryDetails> items, @Nullable String next) {

    public EntryPage {
        items = List.copyOf(items);
    }
}
