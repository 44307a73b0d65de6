package dev.hearth.journal.conflict.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a couple's conflicts: open ones first, then resolved ones, each newest first. */
public record ConflictPage(List<ConflictDetails> items, @Nullable String next) {

    public ConflictPage {
        items = List.copyOf(items);
    }
}
