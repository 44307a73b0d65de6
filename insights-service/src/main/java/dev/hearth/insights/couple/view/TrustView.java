package dev.hearth.insights.couple.view;

import static dev.hearth.insights.couple.view.MembersView.date;
import static dev.hearth.insights.couple.view.MembersView.instant;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMissed;
import dev.hearth.contracts.commitment.PromiseReleased;
import dev.hearth.contracts.commitment.PromiseRenegotiated;
import dev.hearth.contracts.commitment.PromiseWithdrawn;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustScore;
import dev.hearth.insights.trust.TrustTally;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.PerCoupleView;
import dev.hearth.platform.consumer.view.TopicView.Layout;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code trust} view, from {@code hearth.commitments.v1}: one document per couple with the
 * running tallies of its promise outcomes ({@link CoupleTrust}) — a fixed size however many outcomes
 * the couple records, plus the misses a late keep may still replace (a bounded set). A miss counts at
 * its due time; a late keep of the same promise and due time replaces it. Made, released, withdrawn
 * and renegotiated promises change no tally and are not read.
 */
@Component
class TrustView extends PerCoupleView<CoupleTrust> {

    static final Layout LAYOUT = new Layout("insights-trust", 1, Topic.COMMITMENTS, "trust");

    TrustView() {
        // Released, withdrawn and renegotiated promises are recognised and skipped: they are not failures.
        super(LAYOUT, PromiseKept.class, PromiseBroken.class, PromiseMissed.class);
    }

    /** A late outcome of an erased couple must not bring its trust document back. */
    @Override
    public String tombstones() {
        return MembersView.LAYOUT.collectionName();
    }

    @Override
    public CoupleTrust empty(String coupleId) {
        return CoupleTrust.none(coupleId);
    }

    @Override
    public CoupleTrust read(Document stored) {
        return trust(stored);
    }

    @Override
    public Document write(CoupleTrust trust) {
        return new Document("couple", tally(trust.couple()))
                .append("promisers", trust.promisers().stream()
                        .map(promiser -> new Document("userId", promiser.userId()).append("tally", tally(promiser.tally())))
                        .toList())
                .append("updatedAt", date(trust.updatedAt()))
                .append("recentMisses", trust.recentMisses().stream()
                        .map(miss -> new Document("promiseId", miss.promiseId()).append("promiserId", miss.promiserId())
                                .append("dueAt", date(miss.dueAt())))
                        .toList());
    }

    @Override
    public CoupleTrust apply(CoupleTrust trust, DecodedEvent event, String coupleId) {
        return switch (event.event()) {
            case PromiseKept kept -> trust.kept(kept.promiseId(), kept.promiserId(),
                    Boolean.TRUE.equals(kept.late()) ? kept.dueAt() : null, event.envelope().time());
            case PromiseBroken broken -> trust.with(broken.promiserId(), Outcome.Kind.BROKEN, event.envelope().time());
            case PromiseMissed missed -> trust.missed(missed.promiseId(), missed.promiserId(), missed.dueAt());
            default -> trust;
        };
    }

    static CoupleTrust trust(Document stored) {
        List<CoupleTrust.PromiserTally> promisers = stored.getList("promisers", Document.class, List.of()).stream()
                .map(promiser -> new CoupleTrust.PromiserTally(promiser.getString("userId"),
                        tally(promiser.get("tally", Document.class))))
                .toList();
        List<CoupleTrust.Miss> misses = stored.getList("recentMisses", Document.class, List.of()).stream()
                .map(miss -> new CoupleTrust.Miss(miss.getString("promiseId"), miss.getString("promiserId"),
                        miss.getDate("dueAt").toInstant()))
                .toList();
        return new CoupleTrust(stored.getString("_id"), tally(stored.get("couple", Document.class)), promisers,
                instant(stored.getDate("updatedAt")), misses);
    }

    private static Document tally(TrustTally tally) {
        TrustScore.OutcomeCounts counts = tally.counts();
        return new Document("t0", tally.referenceMillis()).append("kept", tally.kept()).append("total", tally.total())
                .append("counts", new Document("kept", counts.kept()).append("broken", counts.broken())
                        .append("missed", counts.missed()))
                .append("newest", date(tally.newest()));
    }

    private static TrustTally tally(Document stored) {
        Document counts = stored.get("counts", Document.class);
        return new TrustTally(stored.get("t0", Number.class).longValue(), stored.get("kept", Number.class).doubleValue(),
                stored.get("total", Number.class).doubleValue(),
                new TrustScore.OutcomeCounts(counts.get("kept", Number.class).longValue(),
                        counts.get("broken", Number.class).longValue(), counts.get("missed", Number.class).longValue()),
                instant(stored.getDate("newest")));
    }
}
