package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Memberships;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.MembershipFlood;
import dev.hearth.platform.test.TopicReader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The membership view follows {@code hearth.couples.v1}, and a redelivery changes nothing. */
abstract class MembershipIntegrationTest extends ServiceIntegrationTest {

    /** The membership view's consumer group (its name and layout version). */
    private static final String GROUP = "commitment-memberships-v1";

    @Autowired
    Memberships membershipChecks;
    @Autowired
    MongoDatabase readModelDatabase;

    @Test
    void the_membership_view_follows_the_couples_topic() {
        String coupleId = UUID.randomUUID().toString();
        String alice = user("alice");
        String bob = user("bob");

        couplesTopic().publish(new CoupleStarted(coupleId, alice, "Europe/Lisbon"), 0);
        couplesTopic().publish(new PartnerInvited(coupleId, alice, Instant.now().plusSeconds(3600)), 1);
        await().atMost(WITHIN).until(() -> memberships.find(coupleId).isPresent());
        assertThat(memberships.find(coupleId)).contains(new Membership(coupleId, List.of(alice), "Europe/Lisbon"));
        couplesTopic().publish(new PartnerJoined(coupleId, bob), 2);

        await().atMost(WITHIN).until(() -> memberships.find(coupleId).map(m -> m.hasMember(bob)).orElse(false));
        assertThat(memberships.find(coupleId).flatMap(membership -> membership.partnerOf(alice))).contains(bob);
        assertThat(memberships.find(coupleId).flatMap(membership -> membership.partnerOf(bob))).contains(alice);
        membershipChecks.requireMember(coupleId, bob);
    }

    @Test
    void a_stranger_is_not_a_member_of_a_couple_whose_partner_has_not_arrived_after_the_bounded_wait() {
        String coupleId = UUID.randomUUID().toString();
        String alice = user("alice");
        couplesTopic().publish(new CoupleStarted(coupleId, alice, "Europe/Lisbon"), 0);
        await().atMost(WITHIN).until(() -> memberships.find(coupleId).isPresent());

        Throwable thrown = catchThrowable(() -> membershipChecks.requireMember(coupleId, user("mallory")));

        assertThat(thrown).isInstanceOf(Rejection.class);
        assertThat(((Rejection) thrown).type()).isEqualTo(ProblemType.COUPLE_NOT_FOUND);
    }

    @Test
    void a_couple_id_in_upper_case_is_the_couple_for_its_partner_and_a_404_for_a_stranger_without_a_wait() {
        Couple couple = couple();
        String upper = "/api/couples/" + couple.id().toUpperCase() + "/promises";
        AtomicInteger peak = new AtomicInteger();

        ApiResponse partner = api.get(upper, token(couple.alice()));
        ApiResponse stranger = sampling(peak, () -> api.get(upper, token(user("mallory"))));

        assertThat(partner.status()).as(partner.toString()).isEqualTo(200);
        assertThat(stranger.problemType()).as(stranger.toString()).isEqualTo("couple-not-found");
        assertThat(peak.get()).as("misses that waited").isZero();
    }

    @Test
    void a_flood_of_misses_gets_404s_while_a_member_gets_200_and_at_most_eight_wait() {
        Couple couple = couple();

        MembershipFlood flood = MembershipFlood.run(api, "/api/couples/%s/promises", ServiceIntegrationTest::token,
                () -> api.get(couple.promises(), token(couple.alice())), membershipChecks::waiting);

        assertThat(flood.oneCaller()).as(flood.toString()).containsOnlyKeys(404);
        assertThat(flood.manyCallers()).as(flood.toString()).containsOnlyKeys(404);
        assertThat(flood.member()).as(flood.toString()).containsOnly(200);
        assertThat(flood.peakWaiting()).as(flood.toString()).isBetween(1, 8);
        System.out.println("[membership flood] commitment-service: " + flood);
    }

    /** Runs {@code request} while sampling how many misses wait; the peak goes to {@code peak}. */
    private <T> T sampling(AtomicInteger peak, Supplier<T> request) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(membershipChecks.waiting(), Math::max);
                Thread.onSpinWait();
            }
        });
        try {
            return request.get();
        } finally {
            running.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void a_redelivered_partner_joined_changes_nothing() {
        String coupleId = UUID.randomUUID().toString();
        String alice = user("alice");
        String bob = user("bob");
        String joinedId = UUID.randomUUID().toString();
        couplesTopic().publish(new CoupleStarted(coupleId, alice, "Europe/Paris"), 0);
        RecordMetadata joined = couplesTopic().publish(new PartnerJoined(coupleId, bob), 2, joinedId);
        await().atMost(WITHIN).until(() -> couplesTopic().consumed(GROUP, joined));
        Document before = document(coupleId);

        RecordMetadata redelivered = couplesTopic().publish(new PartnerJoined(coupleId, bob), 2, joinedId);
        // An older event arriving late must not undo a newer one either.
        RecordMetadata stale = couplesTopic().publish(new CoupleStarted(coupleId, alice, "Asia/Tokyo"), 0);
        await().atMost(WITHIN).until(() -> couplesTopic().consumed(GROUP, redelivered) && couplesTopic().consumed(GROUP, stale));

        assertThat(document(coupleId)).isEqualTo(before);
        assertThat(before.getList("members", String.class)).containsExactly(alice, bob);
        assertThat(before.getString("timezone")).isEqualTo("Europe/Paris");
    }

    @Test
    void a_poison_couples_event_goes_to_the_services_dead_letter_topic_and_later_events_still_arrive() {
        String coupleId = UUID.randomUUID().toString();
        String alice = user("alice");
        RecordMetadata poison = couplesTopic().publishPoison(coupleId);
        couplesTopic().publish(new CoupleStarted(coupleId, alice, "UTC"), 0);

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(bootstrapServers,
                Topic.COUPLES.deadLetterTopic(GROUP), WITHIN, read -> read.stream().anyMatch(r -> coupleId.equals(r.key())));

        assertThat(deadLetters).filteredOn(r -> coupleId.equals(r.key())).singleElement()
                .satisfies(dead -> assertThat(dead.partition()).isEqualTo(poison.partition()));
        await().atMost(WITHIN).until(() -> memberships.find(coupleId).map(m -> m.hasMember(alice)).orElse(false));
    }

    private Document document(String coupleId) {
        return readModelDatabase.getCollection("memberships_v1").find(new Document("_id", coupleId)).first();
    }
}
