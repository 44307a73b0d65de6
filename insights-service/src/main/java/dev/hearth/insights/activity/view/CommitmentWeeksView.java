package dev.hearth.insights.activity.view;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMissed;
import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.activity.OutcomeFact;
import dev.hearth.insights.couple.CoupleZones;
import dev.hearth.platform.consumer.DecodedEvent;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code commitment_weeks}, from {@code hearth.commitments.v1}: kept, broken and missed per promiser
 * and local day, with their decayed trust weights. Released, withdrawn and renegotiated promises count nowhere.
 */
@Component
class CommitmentWeeksView extends WeeksView<OutcomeCounters, OutcomeFact> {

    static final Layout LAYOUT = new Layout("insights-commitment-weeks", 1, Topic.COMMITMENTS, "commitment_weeks");

    CommitmentWeeksView(CoupleZones zones) {
        super(LAYOUT, zones, OutcomeCounters::plus, ActivityDocuments::outcomes, ActivityDocuments::outcomes,
                ActivityDocuments::fact, ActivityDocuments::outcomeFact);
    }

    @Override
    @Nullable OutcomeFact fact(DecodedEvent event) {
        return switch (event.event()) {
            case PromiseKept kept -> new OutcomeFact.Kept(kept.promiserId(), kept.dueAt(), Boolean.TRUE.equals(kept.late()),
                    event.envelope().time());
            case PromiseBroken broken -> new OutcomeFact.Broken(broken.promiserId(), broken.dueAt(), event.envelope().time());
            case PromiseMissed missed -> new OutcomeFact.Missed(missed.promiserId(), missed.dueAt());
            default -> null;
        };
    }

    @Override
    List<DayBuckets.Change<OutcomeCounters>> changes(OutcomeFact fact, ZoneId zone) {
        return fact.changes(zone);
    }
}
