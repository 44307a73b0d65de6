package dev.hearth.bench;

import dev.hearth.launcher.keys.LocalTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Forms the bench's couples through the gateway: alice starts a couple and invites bob, bob accepts. */
final class Couples {

    private static final Duration INSIGHTS_LEARN_LIMIT = Duration.ofSeconds(30);

    private Couples() {
    }

    /** {@code count} couples of fresh users named after the run, once insights answers for each. */
    static List<Couple> form(HearthApi api, LocalTokens tokens, String runId, int count) {
        long started = System.nanoTime();
        List<CompletableFuture<Couple>> forming = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String alice = "bench-" + runId + "-alice-" + i;
            String bob = "bench-" + runId + "-bob-" + i;
            String aliceToken = tokens.mint(alice);
            String bobToken = tokens.mint(bob);
            forming.add(expect(api.post("/api/couples", aliceToken, "{\"timezone\":\"UTC\"}"), 201, "start a couple")
                    .thenCompose(created -> {
                        String coupleId = HearthApi.field(created, "coupleId").orElseThrow();
                        return expect(api.post("/api/couples/" + coupleId + "/invites", aliceToken, "{}"), 201, "invite")
                                .thenCompose(invite -> expect(api.post("/api/invites/" + HearthApi.field(invite, "code").orElseThrow()
                                        + "/accept", bobToken, "{}"), 200, "accept"))
                                .thenApply(joined -> new Couple(coupleId, alice, aliceToken, bob, bobToken));
                    }));
        }
        List<Couple> couples = forming.stream().map(CompletableFuture::join).toList();
        // Insights learns membership from Kafka: wait until it answers for every couple.
        for (Couple couple : couples) {
            long deadline = System.nanoTime() + INSIGHTS_LEARN_LIMIT.toNanos();
            while (api.insights(couple).join().statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("insights did not learn couple " + couple.id() + " within 30 s");
                }
                Threads.sleep(Duration.ofMillis(100));
            }
        }
        System.out.printf("  formed %d couples in %.1f s%n", couples.size(), (System.nanoTime() - started) / 1e9);
        return couples;
    }

    private static CompletableFuture<String> expect(CompletableFuture<HearthApi.Response> call, int status, String what) {
        return call.thenApply(response -> {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        });
    }
}
