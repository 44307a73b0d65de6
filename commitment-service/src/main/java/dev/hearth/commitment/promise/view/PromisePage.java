package dev.hearth.commitment.promise.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a couple's promises, newest first; {@code next} is the opaque cursor of the following page, if any. */
public record PromisePage(List<PromiseSummary> items, @Nullable String next) {

    public PromisePage {
        items = List.copyOf(items);
    }
}
