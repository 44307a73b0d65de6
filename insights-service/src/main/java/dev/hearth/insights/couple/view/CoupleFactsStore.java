package dev.hearth.insights.couple.view;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.hearth.insights.couple.CoupleFacts;
import dev.hearth.insights.trust.Outcome;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One MongoDB document per couple ({@code _id} = coupleId) holding its facts. Every change is a
 * single-document atomic update, so a redelivered event is recognised by the same write that would
 * apply it — never a separate dedupe write that a crash could separate from the effect.
 *
 * <p>Outcomes are keyed {@code aggregateId:sequence}: the update only matches a document that does
 * not hold the key yet. When nothing matches, the upsert tries to insert a new document with the
 * couple's {@code _id}; if the couple exists (the fact is already there) that insert fails on the
 * unique {@code _id}, which is exactly "already applied".
 *
 * <p>Its partners are the service's {@link MembershipFacts}: only they see the couple's insights.
 */
@Component
public class CoupleFactsStore implements MembershipFacts {

    static final String COLLECTION = "couple_facts";

    private final MongoCollection<Document> couples;

    public CoupleFactsStore(@Qualifier("readModelDatabase") MongoDatabase database) {
        this.couples = database.getCollection(COLLECTION);
    }

    /** A partner started or joined the couple; naturally idempotent ({@code $addToSet}). */
    public void partnerJoined(String coupleId, String userId, @Nullable String timezone, Instant at) {
        Bson update = timezone == null
                ? Updates.combine(Updates.addToSet("partners", userId), Updates.max("updatedAt", Date.from(at)))
                : Updates.combine(Updates.addToSet("partners", userId), Updates.set("timezone", timezone),
                        Updates.max("updatedAt", Date.from(at)));
        couples.updateOne(Filters.eq("_id", coupleId), update, new UpdateOptions().upsert(true));
    }

    /**
     * Records a promise outcome once.
     *
     * @return false when this fact was applied before (a redelivery)
     */
    public boolean outcomeRecorded(String coupleId, String factKey, String promiserId, Outcome.Kind kind, Instant at) {
        Document fact = new Document("key", factKey).append("promiserId", promiserId)
                .append("kind", kind.name()).append("at", Date.from(at));
        try {
            couples.updateOne(
                    Filters.and(Filters.eq("_id", coupleId), Filters.ne("outcomes.key", factKey)),
                    Updates.combine(Updates.push("outcomes", fact), Updates.max("updatedAt", Date.from(at))),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return find(coupleId).map(facts -> facts.hasPartner(userId)).orElse(false);
    }

    public Optional<CoupleFacts> find(String coupleId) {
        Document document = couples.find(Filters.eq("_id", coupleId)).first();
        return Optional.ofNullable(document).map(CoupleFactsStore::facts);
    }

    private static CoupleFacts facts(Document document) {
        List<Outcome> outcomes = document.getList("outcomes", Document.class, List.of()).stream()
                .map(o -> new Outcome(o.getString("promiserId"), Outcome.Kind.valueOf(o.getString("kind")),
                        o.getDate("at").toInstant()))
                .toList();
        Date updatedAt = document.getDate("updatedAt");
        return new CoupleFacts(document.getString("_id"), document.getList("partners", String.class, List.of()),
                Optional.ofNullable(document.getString("timezone")).orElse("UTC"), outcomes,
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
