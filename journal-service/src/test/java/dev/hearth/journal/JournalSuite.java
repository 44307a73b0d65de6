package dev.hearth.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the journal suites share: an HTTP client, users of their own, couples formed through the API. */
abstract class JournalSuite extends JournalServiceTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    /** A user id nobody else in this JVM has. */
    static String user(String name) {
        return name + "-" + USERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String token(String userId) {
        return TestTokens.mint(userId);
    }

    /** alice started it and invited bob, who accepted. */
    record Couple(String id, String alice, String bob) {

        String path() {
            return "/api/couples/" + id;
        }

        String entries() {
            return path() + "/entries";
        }

        String conflicts() {
            return path() + "/conflicts";
        }

        String checkIns() {
            return path() + "/check-ins";
        }
    }

    Couple couple() {
        String alice = user("alice");
        String bob = user("bob");
        ApiResponse started = api.post("/api/couples", token(alice), Map.of("timezone", "Europe/Berlin"));
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String coupleId = started.text("coupleId");
        ApiResponse invited = api.post("/api/couples/" + coupleId + "/invites", token(alice), null);
        ApiResponse accepted = api.post("/api/invites/" + invited.text("code") + "/accept", token(bob), "{}");
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        return new Couple(coupleId, alice, bob);
    }

    /** {@code author} writes an entry; answers its id. */
    String write(Couple couple, String author, String visibility, String text) {
        ApiResponse written = api.post(couple.entries(), token(author),
                Map.of("kind", "REFLECTION", "visibility", visibility, "text", text));
        assertThat(written.status()).as("%s", written).isEqualTo(201);
        return written.text("entryId");
    }

    /** Events the event store holds for the couple's aggregates of these payload types (by the couple id in the payload). */
    long storedEventsOfCouple(String coupleId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + coupleId + "%");
        return count == null ? 0 : count;
    }
}
