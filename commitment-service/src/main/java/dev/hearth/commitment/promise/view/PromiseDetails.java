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

    /** One event of the promise: {@code MADE}, {@code KEPT} or {@code BROKEN}, when, by whom, with the note if any. */
    public record HistoryEntry(String type, Instant at, String recordedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {

        static HistoryEntry of(PromiseState promise, PromiseHistory.Entry entry, Vault vault) {
            String note = null;
            if (entry.note() != null) {
                Aad sealedFor = switch (entry.step()) {
                    case KEPT -> Promise.keptNoteOf(promise.coupleId(), promise.promiseId());
                    case BROKEN -> Promise.brokenNoteOf(promise.coupleId(), promise.promiseId());
                    case MADE -> throw new IllegalStateException("a made promise carries no note");
                };
                note = vault.open(sealedFor, entry.note());
            }
            return new HistoryEntry(entry.step().name(), entry.at(), entry.recordedBy(), note);
        }
    }
}
