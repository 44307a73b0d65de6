package dev.hearth.commitment.promise.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.commitment.promise.Promise;
import dev.hearth.commitment.promise.PromiseHistory;
import dev.hearth.commitment.promise.PromiseState;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
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

    /**
     * The answer for a promise's history, whether the aggregate answered a command with it or the
     * store was read: the description and the notes opened with the couple's key, here and only here.
     */
    public static PromiseDetails of(PromiseHistory history, Vault vault) {
        PromiseState promise = history.promise();
        String description = vault.open(Promise.descriptionOf(promise.coupleId(), promise.promiseId()), promise.description());
        return new PromiseDetails(promise.promiseId(), promise.coupleId(), promise.promiserId(), promise.promiseeId(),
                description, promise.dueAt(), promise.status(),
                history.entries().stream().map(entry -> HistoryEntry.of(promise, entry, vault)).toList());
    }

    /**
     * One event of the promise: {@code MADE}, {@code RENEGOTIATED}, {@code KEPT}, {@code BROKEN},
     * {@code MISSED}, {@code RELEASED} or {@code WITHDRAWN}, when, by whom (absent for a miss: the
     * service recorded it), with the note if any; {@code late} only on a late keep; both due times on a
     * renegotiation, the missed one on a miss; {@code reason} {@code PARTNER_LEFT} on a release because a
     * partner left (by the leaver).
     */
    public record HistoryEntry(String type, Instant at,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String recordedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean late,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant previousDueAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant dueAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason) {

        public HistoryEntry(String type, Instant at, @Nullable String recordedBy, @Nullable String note) {
            this(type, at, recordedBy, note, null, null, null, null);
        }

        static HistoryEntry of(PromiseState promise, PromiseHistory.Entry entry, Vault vault) {
            String note = null;
            if (entry.note() != null) {
                Aad sealedFor = switch (entry.step()) {
                    case KEPT -> Promise.keptNoteOf(promise.coupleId(), promise.promiseId());
                    case BROKEN -> Promise.brokenNoteOf(promise.coupleId(), promise.promiseId());
                    case RELEASED -> Promise.releasedNoteOf(promise.coupleId(), promise.promiseId());
                    case WITHDRAWN -> Promise.withdrawnNoteOf(promise.coupleId(), promise.promiseId());
                    case MADE, RENEGOTIATED, MISSED -> throw new IllegalStateException(entry.step() + " carries no note");
                };
                note = vault.open(sealedFor, entry.note());
            }
            return new HistoryEntry(entry.step().name(), entry.at(), entry.recordedBy(), note,
                    entry.late() ? Boolean.TRUE : null, entry.previousDueAt(), entry.dueAt(), entry.reason());
        }
    }
}
