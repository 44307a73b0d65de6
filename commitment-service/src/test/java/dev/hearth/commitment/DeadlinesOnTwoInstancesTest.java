package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the service on one database: every deadline fires on exactly one of them (20
 * promises due within seconds, 20 misses, the instances' firings summing to 20), and twelve parallel
 * keeps of one promise spread over both let exactly one through.
 */
class DeadlinesOnTwoInstancesTest {

    private static final Duration AT_MOST = Duration.ofSeconds(60);
    private static final ExecutorService CONCURRENTLY = Executors.newCachedThreadPool();

    @Test
    void twenty_deadlines_miss_twenty_promises_once_across_two_instances_and_twelve_keeps_let_one_win() throws Exception {
        Map<String, Object> properties = new HashMap<>(HearthTestInfrastructure.properties("commitment-service",
                "two-" + UUID.randomUUID().toString().substring(0, 8)));
        properties.put("server.port", 0);
        properties.put("hearth.deadlines.polling-interval", "500ms");
        properties.put("logging.structured.format.console", "");
        String coupleId = UUID.randomUUID().toString();
        String alice = "alice-two-" + coupleId;
        String bob = "bob-two-" + coupleId;

        try (ConfigurableApplicationContext first = start(properties);
             ConfigurableApplicationContext second = start(properties);
             CouplesTopic couples = new CouplesTopic((String) properties.get("spring.kafka.bootstrap-servers"))) {
            couples.publish(new CoupleStarted(coupleId, alice, "Europe/Paris"), 0);
            couples.publish(new PartnerJoined(coupleId, bob), 2);
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                MembershipView memberships = instance.getBean(MembershipView.class);
                await().atMost(AT_MOST).until(() -> memberships.find(coupleId).map(m -> m.hasMember(bob)).orElse(false));
            }
            List<ApiClient> apis = List.of(api(first), api(second));

            Instant dueAt = Instant.now().plusSeconds(8);
            List<String> promises = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                promises.add(make(apis.get(i % 2), coupleId, alice, bob, dueAt.plusMillis(50L * i)));
            }
            await().atMost(AT_MOST).until(() -> promises.stream().allMatch(p -> count(first, p, PromiseMissed.class) == 1));
            await().atMost(AT_MOST).until(() -> missedFirings(first) + missedFirings(second) == 20);
            System.out.printf("two instances: missed firings %d + %d%n", (long) missedFirings(first), (long) missedFirings(second));
            assertThat(promises).allSatisfy(p -> assertThat(count(second, p, PromiseMissed.class)).isEqualTo(1));

            String raced = make(apis.get(0), coupleId, alice, bob, null);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ApiResponse>> keeps = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ApiClient api = apis.get(i % 2);
                keeps.add(CompletableFuture.supplyAsync(() -> {
                    Waiting.await(start);
                    return api.post("/api/couples/" + coupleId + "/promises/" + raced + "/keep", TestTokens.mint(bob), "{}");
                }, CONCURRENTLY));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (CompletableFuture<ApiResponse> keep : keeps) {
                answers.add(keep.get(60, TimeUnit.SECONDS));
            }
            System.out.printf("two instances, twelve keeps: %s%n", answers.stream().map(a -> a.status() + " "
                    + (a.status() == 200 ? "" : a.problemType())).toList());
            assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() != 200).hasSize(11)
                    .allSatisfy(lost -> assertThat(lost.problemType()).isIn("promise-closed", "concurrent-change"));
            assertThat(count(first, raced, PromiseKept.class)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(CommitmentServiceApplication.class).run(HearthTestInfrastructure.arguments(properties));
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return ApiClient.onPort(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    private static String make(ApiClient api, String coupleId, String alice, String bob, @org.jspecify.annotations.Nullable Instant dueAt) {
        String promiseId = UUID.randomUUID().toString();
        String due = dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"";
        ApiResponse made = api.post("/api/couples/" + coupleId + "/promises", TestTokens.mint(alice),
                "{\"promiseId\":\"%s\",\"promiseeId\":\"%s\",\"description\":\"Water the plants\"%s}".formatted(promiseId, bob, due));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return promiseId;
    }

    private static double missedFirings(ConfigurableApplicationContext context) {
        Counter fired = context.getBean(MeterRegistry.class).find("hearth.deadlines.fired").tag("result", "missed").counter();
        return fired == null ? 0 : fired.count();
    }

    private static long count(ConfigurableApplicationContext context, String promiseId, Class<?> type) {
        Long count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, promiseId, type.getName());
        return count == null ? 0 : count;
    }
}
