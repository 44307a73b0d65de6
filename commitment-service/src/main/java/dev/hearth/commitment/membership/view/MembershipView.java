package dev.hearth.commitment.membership.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.commitment.PublicCommitmentEvent;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.security.MembershipFacts;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code memberships} read model: one document per couple, {@code _id} = coupleId, with its
 * {@code members}, {@code timezone} and {@code seq}, the last applied {@code ce_aggregateseq} of the
 * couple aggregate (the only emitter on the couples topic, so its sequence orders the couple's events).
 *
 * <p>Idempotent under redelivery through single-document atomicity, as mongo-java-server has no
 * transactions: every change is one conditional update that also advances {@code seq}, guarded by
 * {@code seq < n}, and uses naturally idempotent operators ({@code $addToSet}). A redelivered event
 * matches nothing; the upsert then collides with the existing {@code _id}, which is the "already
 * applied" answer, never a second write.
 *
 * <p>It is the service's {@link MembershipFacts}: the membership check of every request reads it.
 */
@Component
public class MembershipView implements MembershipFacts {

    static final String COLLECTION = "memberships";
    private static final Logger log = LoggerFactory.getLogger(MembershipView.class);

    private final MongoCollection<Document> memberships;

    public MembershipView(MongoDatabase readModelDatabase) {
        this.memberships = readModelDatabase.getCollection(COLLECTION);
    }

    public void apply(DecodedEvent decoded) {
        CloudEvent envelope = decoded.envelope();
        switch (decoded.event()) {
            case CoupleStarted started -> update(envelope, Updates.combine(
                    Updates.addToSet("members", started.userId()),
                    Updates.set("timezone", started.timezone())));
            case PartnerJoined joined -> update(envelope, Updates.addToSet("members", joined.userId()));
            // Invites change no membership; the commitments topic is not read here.
            case PartnerInvited invited -> log.trace("Ignoring {} for membership", envelope.type());
            case PublicCommitmentEvent commitment -> log.trace("Ignoring {} for membership", envelope.type());
        }
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return find(coupleId).map(membership -> membership.hasMember(userId)).orElse(false);
    }

    public Optional<Membership> find(String coupleId) {
        Document document = memberships.find(eq("_id", coupleId)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new Membership(coupleId, document.getList("members", String.class, List.of()),
                document.get("timezone", "UTC")));
    }

    private void update(CloudEvent envelope, Bson change) {
        long sequence = envelope.aggregateSequence();
        Bson notYetApplied = and(eq("_id", envelope.subject()), lt("seq", sequence));
        try {
            memberships.updateOne(notYetApplied, Updates.combine(change, Updates.set("seq", sequence)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            log.debug("{} of couple {} was applied before", envelope.type(), envelope.subject());
        }
    }
}
