package dev.hearth.commitment.promise.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.commitment.promise.PromiseStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One promise as its partners see it: what was promised, where it stands, and everything that happened to it. */
public record PromiseDetails(String promiseId, String coupleId, String promiserId, String promiseeId,
                             String description, @Nullable Instant dueAt, PromiseStatus status,
                             List<HistoryEntry> history) {

    public PromiseDetails {
        history = List.copyOf(history);
    }

    /** One event of the promise: {@code MADE}, {@code KEPT} or {@code BROKEN}, when, by whom, with the note if any. */
    public record HistoryEntry(String type, Instant at, String recordedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {
    }
}
