package dev.hearth.bench;

import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.keys.LocalTokens;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./hearth bench}: forms couples through the gateway, optionally grows the store, then runs
 * open-loop make-and-keep load K times and prints each run and a Markdown summary across runs.
 */
public final class Bench {

    static final String LAG_METRIC = "hearth_insights_apply_lag_seconds";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    private static final Duration LAG_DEADLINE = Duration.ofSeconds(10);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(40);

    private final BenchOptions options;
    private final HearthApi api;
    private final LocalTokens tokens;
    private final ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor(daemon("bench-poll"));
    private final List<Couple> couples = new ArrayList<>();

    /** A formed couple: alice makes promises to bob, bob records them kept. */
    record Couple(String id, String alice, String aliceToken, String bob, String bobToken, AtomicLong keptByUs) {
    }

    private Bench(BenchOptions options, ExecutorService executor) {
        this.options = options;
        this.api = new HearthApi(options.gateway(), executor);
        this.tokens = new LocalTokens(LocalKeys.readPrivateKey(options.privateKey()), Clock.systemUTC());
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(8, daemon("bench-http"));
        try {
            new Bench(options, executor).run();
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bench: failed: " + e);
            System.exit(1);
        }
    }

    private void run() throws Exception {
        String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String machine = Facts.machine();
        Map<String, String> jvmFlags = Facts.serviceJvmFlags(options.home());
        System.out.printf("Hearth bench %s%n  gateway %s, insights %s%n  machine: %s%n", date, options.gateway(), options.insights(), machine);
        jvmFlags.forEach((service, flags) -> System.out.printf("  %s JVM: %s%n", service, flags));
        long startEvents = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        System.out.printf("  store events at start: %d%n", startEvents);

        formCouples();
        if (options.seedEvents() > 0) {
            seed(options.seedEvents());
        }
        List<RunResult> results = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            RunResult result = measure(run);
            results.add(result);
            System.out.println(Report.runLine(result));
        }
        long endEvents = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        System.out.println();
        System.out.println(Report.markdown(options, date, machine, jvmFlags, results, endEvents));
    }

    private void formCouples() {
        long started = System.nanoTime();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        List<CompletableFuture<Couple>> forming = new ArrayList<>();
        for (int i = 0; i < options.couples(); i++) {
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
                                .thenApply(joined -> new Couple(coupleId, alice, aliceToken, bob, bobToken, new AtomicLong()));
                    }));
        }
        forming.forEach(future -> couples.add(future.join()));
        // Insights learns membership from Kafka: wait until it answers for every couple.
        for (Couple couple : couples) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (api.get("/api/couples/" + couple.id() + "/insights", couple.aliceToken()).join().statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("insights did not learn couple " + couple.id() + " within 30 s");
                }
                sleep(Duration.ofMillis(100));
            }
        }
        System.out.printf("  formed %d couples in %.1f s%n", couples.size(), (System.nanoTime() - started) / 1e9);
    }

    /** Grows the store with make-and-keep pairs as fast as the platform takes them, a bounded number in flight. */
    private void seed(long targetEvents) {
        long events = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        System.out.printf("seeding: %d events now, target %d, %d pairs in flight at most%n", events, targetEvents, options.seedConcurrency());
        Semaphore inFlight = new Semaphore(options.seedConcurrency());
        AtomicLong pairs = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        long lastReport = started;
        long pairsAtLastReport = 0;
        int index = 0;
        long limit = started + options.seedLimit().toNanos();
        while (events < targetEvents && System.nanoTime() - limit < 0) {
            inFlight.acquireUninterruptibly();
            Couple couple = couples.get(index++ % couples.size());
            pair(couple).whenComplete((ok, failure) -> {
                if (Boolean.TRUE.equals(ok)) {
                    pairs.incrementAndGet();
                } else {
                    failures.incrementAndGet();
                }
                inFlight.release();
            });
            long now = System.nanoTime();
            if (now - lastReport >= Duration.ofSeconds(10).toNanos()) {
                events = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
                long done = pairs.get();
                System.out.printf("seeding: %d events (%.0f%%), %d pairs, %.1f pairs/s recently, %d failures, %.0f s%n",
                        events, 100.0 * events / targetEvents, done, (done - pairsAtLastReport) / ((now - lastReport) / 1e9),
                        failures.get(), (now - started) / 1e9);
                lastReport = now;
                pairsAtLastReport = done;
            }
        }
        inFlight.acquireUninterruptibly(options.seedConcurrency());
        inFlight.release(options.seedConcurrency());
        long reached = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        System.out.printf("seeded: %d events after %.0f s (%d pairs, %d failures)%s%n", reached, (System.nanoTime() - started) / 1e9,
                pairs.get(), failures.get(), reached < targetEvents ? "; stopped at --seed-limit " + options.seedLimit().toSeconds() + " s, short of the target" : "");
    }

    /** One unmeasured make-and-keep pair; true when both succeeded. */
    private CompletableFuture<Boolean> pair(Couple couple) {
        return api.post("/api/couples/" + couple.id() + "/promises", couple.aliceToken(), makeBody(couple))
                .thenCompose(made -> made.statusCode() != 201 ? CompletableFuture.completedFuture(false)
                        : api.post("/api/couples/" + couple.id() + "/promises/" + HearthApi.field(made.body(), "promiseId").orElseThrow()
                                + "/keep", couple.bobToken(), "{}").thenApply(kept -> {
                            if (kept.statusCode() == 200) {
                                couple.keptByUs().incrementAndGet();
                                return true;
                            }
                            return false;
                        }))
                .exceptionally(failure -> false);
    }

    private RunResult measure(int run) throws Exception {
        RunRecorder recorder = new RunRecorder();
        Phaser inFlight = new Phaser(1);
        AtomicInteger keepsSeen = new AtomicInteger();
        AtomicInteger lagSamples = new AtomicInteger();
        AtomicInteger index = new AtomicInteger();
        OpenLoop loop = new OpenLoop(options.rate(), OpenLoop.SYSTEM);
        long origin = loop.now();
        long measureStart = origin + options.warmup().toNanos();
        // The measured part's starting state, taken off the scheduler thread so no send is delayed.
        CompletableFuture<Long> eventsAtStart = new CompletableFuture<>();
        CompletableFuture<LagHistogram> before = new CompletableFuture<>();
        pollTimer.schedule(() -> {
            before.complete(scrapeLag());
            eventsAtStart.complete(Facts.storeEvents(options.jdbcHost(), options.postgresPort()));
        }, Math.max(0, measureStart - System.nanoTime()), TimeUnit.NANOSECONDS);

        System.out.printf("run %d: %.0f s warm-up, then %.0f s at %.1f pairs/s over %d couples%n", run,
                options.warmup().toMillis() / 1e3, options.duration().toMillis() / 1e3, options.rate(), couples.size());
        loop.run(origin, options.warmup().plus(options.duration()), scheduled -> {
            Couple couple = couples.get(index.getAndIncrement() % couples.size());
            inFlight.register();
            firePair(couple, scheduled, scheduled - measureStart >= 0 ? recorder : null, keepsSeen, lagSamples, inFlight);
        });
        inFlight.arriveAndDeregister();
        try {
            inFlight.awaitAdvanceInterruptibly(0, DRAIN_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            System.err.printf("run %d: %d pairs or lag polls still open after %d s; reporting without them%n",
                    run, inFlight.getUnarrivedParties(), DRAIN_LIMIT.toSeconds());
        }
        LagHistogram serverLag = scrapeLag().minus(before.join());
        return recorder.result(run, measureStart, options.duration().toNanos(), eventsAtStart.join(), serverLag);
    }

    private void firePair(Couple couple, long scheduled, @Nullable RunRecorder recorder, AtomicInteger keepsSeen,
                          AtomicInteger lagSamples, Phaser inFlight) {
        api.post("/api/couples/" + couple.id() + "/promises", couple.aliceToken(), makeBody(couple)).whenComplete((made, makeFailure) -> {
            long madeAt = System.nanoTime();
            boolean made201 = makeFailure == null && made.statusCode() == 201;
            if (recorder != null) {
                recorder.make(scheduled, madeAt, HearthApi.outcome(made, makeFailure), made201);
            }
            if (!made201) {
                inFlight.arriveAndDeregister();
                return;
            }
            String promiseId = HearthApi.field(made.body(), "promiseId").orElseThrow();
            long keepSent = System.nanoTime();
            api.post("/api/couples/" + couple.id() + "/promises/" + promiseId + "/keep", couple.bobToken(), "{}")
                    .whenComplete((kept, keepFailure) -> {
                        long keptAt = System.nanoTime();
                        boolean kept200 = keepFailure == null && kept.statusCode() == 200;
                        long keptCount = kept200 ? couple.keptByUs().incrementAndGet() : -1;
                        if (recorder != null) {
                            recorder.keep(keepSent, keptAt, HearthApi.outcome(kept, keepFailure), kept200);
                            if (kept200 && keepsSeen.incrementAndGet() % options.lagSampleEvery() == 0
                                    && lagSamples.incrementAndGet() <= options.lagMaxSamples()) {
                                inFlight.register();
                                pollUntilVisible(couple, keptCount, keptAt, keptAt + LAG_DEADLINE.toNanos(), recorder, inFlight);
                            }
                        }
                        inFlight.arriveAndDeregister();
                    });
        });
    }

    /**
     * Client-side keep→insight lag: polls the couple's insights every 25 ms from the keep's answer
     * until its kept count reaches this keep's, or the deadline passes.
     */
    private void pollUntilVisible(Couple couple, long keptCount, long keptAt, long deadline, RunRecorder recorder, Phaser inFlight) {
        long polledAt = System.nanoTime();
        api.get("/api/couples/" + couple.id() + "/insights", couple.aliceToken()).whenComplete((insights, failure) -> {
            long now = System.nanoTime();
            if (failure == null && insights.statusCode() == 200 && HearthApi.keptCount(insights.body()) >= keptCount) {
                recorder.lag(now - keptAt);
                inFlight.arriveAndDeregister();
            } else if (now - deadline >= 0) {
                recorder.lagTimedOut();
                inFlight.arriveAndDeregister();
            } else {
                long wait = Math.max(0, polledAt + POLL_INTERVAL.toNanos() - now);
                pollTimer.schedule(() -> pollUntilVisible(couple, keptCount, keptAt, deadline, recorder, inFlight), wait, TimeUnit.NANOSECONDS);
            }
        });
    }

    private LagHistogram scrapeLag() {
        try {
            return LagHistogram.parse(api.fetch(options.insights().resolve("/actuator/prometheus")), LAG_METRIC);
        } catch (Exception e) {
            System.err.println("bench: cannot scrape insights' " + LAG_METRIC + ": " + e);
            return LagHistogram.parse("", LAG_METRIC);
        }
    }

    private static String makeBody(Couple couple) {
        return "{\"promiseId\":\"" + UUID.randomUUID() + "\",\"promiseeId\":\"" + couple.bob() + "\",\"description\":\"bench: water the plants\"}";
    }

    private static CompletableFuture<String> expect(CompletableFuture<HttpResponse<String>> call, int status, String what) {
        return call.thenApply(response -> {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
