package dev.hearth.journal.conflict;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A conflict as its events leave it, still sealed: the one fold of its stream, by which the aggregate
 * decides and a single conflict is read.
 */
public record ConflictState(String conflictId, String coupleId, String openedBy, Sealed topic, String fingerprint,
                            Instant openedAt, List<Repair> repairs, ConflictStatus status,
                            @Nullable Resolution resolution, @Nullable String resolvedBy, @Nullable Instant resolvedAt)
        implements CreatedOnce.Creation {

    public ConflictState {
        repairs = List.copyOf(repairs);
    }

    /** One repair attempt, numbered from 1. */
    public record Repair(int attempt, String by, @Nullable Sealed note, Instant at) {
    }

    /** The conflict after {@code event}, which happened {@code at}; {@code before} is null until it was opened. */
    public static ConflictState after(@Nullable ConflictState before, ConflictEvent event, Instant at) {
        return switch (event) {
            case ConflictOpened opened -> new ConflictState(opened.conflictId(), opened.coupleId(), opened.openedBy(),
                    opened.topic(), opened.fingerprint(), at, List.of(), ConflictStatus.OPEN, null, null, null);
            case RepairAttempted repair -> {
                ConflictState conflict = opened(before, event);
                List<Repair> repairs = new ArrayList<>(conflict.repairs);
                repairs.add(new Repair(repair.attempt(), repair.attemptedBy(), repair.note(), at));
                yield new ConflictState(conflict.conflictId, conflict.coupleId, conflict.openedBy, conflict.topic,
                        conflict.fingerprint, conflict.openedAt, repairs, conflict.status, null, null, null);
            }
            case ConflictResolved resolved -> {
                ConflictState conflict = opened(before, event);
                yield new ConflictState(conflict.conflictId, conflict.coupleId, conflict.openedBy, conflict.topic,
                        conflict.fingerprint, conflict.openedAt, conflict.repairs, ConflictStatus.RESOLVED,
                        resolved.resolution(), resolved.resolvedBy(), at);
            }
        };
    }

    private static ConflictState opened(@Nullable ConflictState before, ConflictEvent event) {
        return Objects.requireNonNull(before, () -> event.getClass().getSimpleName() + " before ConflictOpened in conflict "
                + event.conflictId());
    }

    @Override
    public String id() {
        return conflictId;
    }

    /** The partner who opened it. */
    @Override
    public String creatorId() {
        return openedBy;
    }
}
