package dev.hearth.journal.checkin.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the caller's own check-ins, newest first. */
public record CheckInPage(List<CheckInDetails> items, @Nullable String next) {

    public CheckInPage {
        items = List.copyOf(items);
    }
}
