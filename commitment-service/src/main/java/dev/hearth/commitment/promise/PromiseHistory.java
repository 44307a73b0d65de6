package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A promise as it stands and what happened to it, one entry per event of its stream: the answer
 * of every outcome (the aggregate folds it as it applies) and of reading one promise (folded from
 * the store). Short by nature — made, perhaps renegotiated or missed, then an outcome — and it holds
 * exactly what the events hold: the description and the notes sealed, opened only for the answer
 * ({@code PromiseDetails}).
 */
public record PromiseHistory(PromiseState promise, List<Entry> entries) {

    public PromiseHistory {
        entries = List.copyOf(entries);
    }

    /** The history after {@code event}, stored at {@code at}; {@code before} is null until the promise was made. */
    public static PromiseHistory after(@Nullable PromiseHistory before, PromiseEvent event, Instant at) {
        PromiseState promise = PromiseState.after(before == null ? null : before.promise(), event);
        List<Entry> entries = new ArrayList<>(before == null ? List.of() : before.entries());
        entries.add(Entry.of(event, at));
        return new PromiseHistory(promise, entries);
    }

    /** What happened to the promise. */
    public enum Step { MADE, RENEGOTIATED, KEPT, BROKEN, MISSED, RELEASED, WITHDRAWN }

    /**
     * One event: its step, when, by whom (nobody for a miss: the service recorded it), with the note
     * (sealed) if it had one; {@code late} for a keep after the due time, and both due times of a
     * renegotiation; the {@code reason} of a release the service made ({@code PARTNER_LEFT}).
     *
     * @param at the event's time to the millisecond, the precision the event store keeps, so that
     *           an answer folded in memory equals the same promise read back from the store
     */
    public record Entry(Step step, Instant at, @Nullable String recordedBy, @Nullable Sealed note, boolean late,
                        @Nullable Instant previousDueAt, @Nullable Instant dueAt, @Nullable String reason) {

        public Entry {
            at = at.truncatedTo(ChronoUnit.MILLIS);
        }

        public Entry(Step step, Instant at, @Nullable String recordedBy, @Nullable Sealed note, boolean late,
                     @Nullable Instant previousDueAt, @Nullable Instant dueAt) {
            this(step, at, recordedBy, note, late, previousDueAt, dueAt, null);
        }

        public Entry(Step step, Instant at, @Nullable String recordedBy, @Nullable Sealed note) {
            this(step, at, recordedBy, note, false, null, null);
        }

        static Entry of(PromiseEvent event, Instant at) {
            return switch (event) {
                case PromiseMade made -> new Entry(Step.MADE, at, made.promiserId(), null);
                case PromiseKept kept -> new Entry(Step.KEPT, at, kept.recordedBy(), kept.note(), kept.late(), null, null);
                case PromiseBroken broken -> new Entry(Step.BROKEN, at, broken.recordedBy(), broken.note());
                case PromiseMissed missed -> new Entry(Step.MISSED, at, null, null, false, null, missed.dueAt());
                case PromiseReleased released -> new Entry(Step.RELEASED, at, released.recordedBy(), released.note(), false,
                        null, null, released.reason());
                case PromiseWithdrawn withdrawn -> new Entry(Step.WITHDRAWN, at, withdrawn.recordedBy(), withdrawn.note());
                case PromiseRenegotiated renegotiated -> new Entry(Step.RENEGOTIATED, at, renegotiated.recordedBy(), null,
                        false, renegotiated.previousDueAt(), renegotiated.dueAt());
            };
        }
    }
}
