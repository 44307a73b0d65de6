package dev.hearth.journal.checkin;

import dev.hearth.journal.words.Mood;
import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.Rejection;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** A partner (the caller) checks in: how safe they feel, 1–5, and optionally their mood. */
public record RecordCheckIn(@TargetAggregateIdentifier String checkInId, String coupleId, String partnerId, int safety,
                            @Nullable Mood mood) implements AggregateCommand {

    /** What a retried check-in must repeat exactly. */
    String content() {
        return safety + "|" + (mood == null ? "" : mood);
    }

    @Override
    public Rejection aggregateNotFound() {
        return CheckIn.notFound(checkInId);
    }

    @Override
    public String toString() {
        return "RecordCheckIn[checkInId=" + checkInId + ", coupleId=" + coupleId + ", partnerId=" + partnerId + "]";
    }
}
