package dev.hearth.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Membership facts over a roster document: a leave or an erasure heard by this instance overrides its cache and a document not yet updated. */
class ViewMembershipsTest {

    private static MongoServer server;
    private static MongoClient client;

    private final ViewCollection collection = ViewCollection.named(client.getDatabase("memberships_test"), "couples");
    private final Facts facts = new Facts(collection);

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_partner_heard_leaving_is_no_member_at_once_and_nobody_waits_for_the_couple() {
        collection.replace(new Roster(List.of("alice", "bob"), List.of(), false, null).write(new Document("_id", "c1"), "partners"));
        assertThat(facts.isMember("c1", "bob")).isTrue();

        facts.partnerLeft("c1", "bob");

        assertThat(facts.isMember("c1", "bob")).isFalse();
        assertThat(facts.isMember("c1", "alice")).isTrue();
        assertThat(facts.knowsBothPartners("c1")).isTrue();
    }

    @Test
    void a_couple_heard_erased_has_no_member_and_its_tombstone_none_either() {
        collection.replace(new Roster(List.of("alice", "bob"), List.of(), false, null).write(new Document("_id", "c2"), "partners"));
        assertThat(facts.isMember("c2", "alice")).isTrue();

        facts.erased("c2", Instant.now());
        assertThat(facts.isMember("c2", "alice")).isFalse();

        collection.replace(Roster.tombstone(Instant.now()).append("_id", "c3"));
        assertThat(facts.isMember("c3", "alice")).isFalse();
        assertThat(facts.knowsBothPartners("c3")).isTrue();
    }

    @Test
    void a_closed_couple_takes_nobody_new_and_nothing_revives_an_erased_one() {
        Roster closed = Roster.NONE.joined("alice").joined("bob").left("bob");
        assertThat(closed.partners()).containsExactly("alice");
        assertThat(closed.joined("carol")).isEqualTo(closed);
        assertThat(closed.everyone()).containsExactly("alice", "bob");
        Roster erased = closed.erased(Instant.EPOCH);
        assertThat(erased.joined("alice").left("alice").erased(Instant.now())).isEqualTo(erased);
        assertThat(erased.write(new Document("other", 1), "partners").keySet()).containsExactly("erased", "erasedAt");
    }

    private static final class Facts extends ViewMemberships<Roster> {
        Facts(ViewCollection collection) {
            super(collection, stored -> Roster.read(stored, "partners"), roster -> roster, 100, Duration.ofMinutes(1));
        }
    }
}
