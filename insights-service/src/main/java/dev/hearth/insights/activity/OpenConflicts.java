package dev.hearth.insights.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A couple's open conflicts ({@code journal_state}, {@code _id = coupleId}), for REPAIR_STALLED: at
 * most {@value #MAX} (the oldest are the ones that matter, so the newest give way).
 */
public record OpenConflicts(String coupleId, List<Open> open) {

    public static final int MAX = 50;

    public OpenConflicts {
        open = List.copyOf(open);
    }

    public record Open(String conflictId, Instant openedAt) {
    }

    public OpenConflicts opened(String conflictId, Instant at) {
        if (open.stream().anyMatch(conflict -> conflict.conflictId().equals(conflictId))) {
            return this;
        }
        List<Open> more = new ArrayList<>(open);
        more.add(new Open(conflictId, at));
        more.sort(Comparator.comparing(Open::openedAt));
        while (more.size() > MAX) {
            more.removeLast();
        }
        return new OpenConflicts(coupleId, more);
    }

    public OpenConflicts resolved(String conflictId) {
        return new OpenConflicts(coupleId, open.stream().filter(conflict -> !conflict.conflictId().equals(conflictId)).toList());
    }

    public @Nullable Instant oldest() {
        return open.isEmpty() ? null : open.getFirst().openedAt();
    }
}
