package dev.hearth.commitment.promise.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.commitment.promise.PromiseHistory;
import dev.hearth.commitment.promise.PromiseState;
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

    /** The answer for a promise's history, whether the aggregate answered a command with it or the store was read. */
    public static PromiseDetails of(PromiseHistory history) {
        PromiseState promise = history.promise();
        return new PromiseDetails(promise.promiseId(), promise.coupleId(), promise.promiserId(), promise.promiseeId(),
                promise.description(), promise.dueAt(), promise.status(),
                history.entries().stream().map(HistoryEntry::of).toList());
    }

    /** One event of the promise: {@code MADE}, {@code KEPT} or {@code BROKEN}, when, by whom, with the note if any. */
    public record HistoryEntry(String type, Instant at, String recordedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {

        static HistoryEntry of(PromiseHistory.Entry entry) {
            return new HistoryEntry(entry.step().name(), entry.at(), entry.recordedBy(), entry.note());
        }
    }
}
