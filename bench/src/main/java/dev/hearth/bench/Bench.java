package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import dev.hearth.bench.cpu.CpuSample;
import dev.hearth.bench.cpu.CpuSampler;
import dev.hearth.bench.cpu.ProcFs;
import dev.hearth.bench.stages.Cleanups;
import dev.hearth.bench.stages.KafkaStage;
import dev.hearth.bench.stages.MongoUpsertStage;
import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.PostgresAppendStage;
import dev.hearth.bench.stages.StageResult;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.keys.LocalTokens;
import dev.hearth.platform.local.PostgresProbe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./hearth bench}: forms couples through the gateway, optionally grows the store and runs
 * the raw stages, then measures open-loop make-and-keep load — K runs at one rate, or a sweep of
 * increasing rates — and prints each run or step, the tables of docs/benchmarks.md and, if asked,
 * the whole result as JSON.
 */
public final class Bench {

    /** Insights' trust view: from a keep happening to its effect written in the view (a histogram). */
    static final String LAG_METRIC = "hearth_view_apply_lag_seconds";
    static final String LAG_SERIES = "view=\"insights-trust\"";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    private static final Duration LAG_DEADLINE = Duration.ofSeconds(10);
    private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration DRAIN_CHECK_EVERY = Duration.ofMillis(500);

    private final BenchOptions options;
    private final HearthApi api;
    private final LocalTokens tokens;
    private final ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor(daemon("bench-poll"));
    private final ScheduledExecutorService scrapeTimer = Executors.newSingleThreadScheduledExecutor(daemon("bench-scrape"));
    private final List<Couple> couples = new ArrayList<>();
    /** Every make answered 201 and keep answered 200, measured or not: the CPU window's denominator. */
    private final Answers commandsAnswered = new Answers();
    /** Every insights GET of the lag polls: load the bench adds beside the commands. */
    private final Answers lagPolls = new Answers();
    private final CpuSampler cpu;
    private final long clockTicks = Facts.clockTicksPerSecond();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> warnings = new ArrayList<>();

    /** A formed couple: alice makes promises to bob, bob records them kept. */
    record Couple(String id, String alice, String aliceToken, String bob, String bobToken, AtomicLong keptByUs) {
    }

    /** What {@code --seed-events} did. */
    record Seeding(long target, long eventsBefore, long eventsAfter, long pairs, long failures, double seconds, boolean reached) {
    }

    /** The whole result, as {@code --json} writes it. */
    record BenchResult(String date, String machine, int cores, long clockTicksPerSecond, LoadCheck loadAtStart,
                       BenchOptions options, Map<String, String> jvmFlags, long storeEventsAtStart, @Nullable Seeding seeding,
                       List<StageResult> stages, @Nullable PipelineRatio pipelineRatio, List<Measured> runs,
                       @Nullable SweepOutcome sweep, long storeEventsAtEnd, List<ViewDocuments.Largest> viewDocuments,
                       List<String> warnings) {
    }

    private Bench(BenchOptions options, ExecutorService executor) {
        this.options = options;
        this.api = new HearthApi(options.gateway(), executor);
        this.tokens = new LocalTokens(LocalKeys.readPrivateKey(options.privateKey()), Clock.systemUTC());
        this.cpu = new CpuSampler(ProcFs.SYSTEM, new PlatformProcesses(options.home(), ProcFs.SYSTEM)::roots,
                ProcessHandle.current().pid(), System::nanoTime);
    }

    public static void main(String[] args) {
        if (BenchOptions.wantsHelp(args)) {
            System.out.print(BenchOptions.USAGE);
            System.exit(0);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (List.of(args).contains("--rebuild")) {
            try {
                new RebuildBench(options).run();
                System.exit(0);
            } catch (Exception e) {
                System.err.println("bench: rebuild failed: " + e);
                System.exit(1);
            }
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
        LoadCheck loadAtStart = loadNow();
        Map<String, String> jvmFlags = Facts.jvmFlags(new PlatformProcesses(options.home(), ProcFs.SYSTEM).roots());
        System.out.printf("Hearth bench %s%n  home %s (ports: %s)%n  gateway %s; journal %s, commitment %s, insights %s;"
                        + " postgres :%d, kafka %s, mongo %s%n  machine: %s%n  %s%n", date, options.home(), options.portsSource(),
                options.gateway(), options.journal(), options.commitment(), options.insights(), options.postgresPort(),
                options.kafkaBootstrap(), options.mongoUri(), machine, loadAtStart.describe());
        jvmFlags.forEach((component, flags) -> System.out.printf("  %s JVM: %s%n", component, flags));
        if (loadAtStart.busy()) {
            warn("the machine was busy at the start: " + loadAtStart.describe());
        }
        long startEvents = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        System.out.printf("  store events at start: %d%n", startEvents);

        formCouples();
        Seeding seeding = null;
        if (options.seedEvents() > 0) {
            if (options.isDefaultHome()) {
                warn("--seed-events pads the store of your own platform (" + options.home() + ") for good; for a growth"
                        + " comparison start a scratch one: ./hearth up --free-ports --home /tmp/hearth-bench, then"
                        + " ./hearth bench --home /tmp/hearth-bench --seed-events " + options.seedEvents());
            }
            seeding = seed(options.seedEvents());
        }
        List<StageResult> stages = options.stages() ? stages() : List.of();
        stages.forEach(stage -> System.out.println(Report.line(stage)));

        List<Measured> runs = new ArrayList<>();
        SweepOutcome sweep = null;
        if (options.sweep()) {
            List<Measured> steps = new ArrayList<>();
            for (int i = 0; i < options.sweepRates().size(); i++) {
                double commandsPerSecond = options.sweepRates().get(i);
                Measured step = measure("step " + (i + 1), i + 1, commandsPerSecond / 2, options.stepWarmup(), options.stepDuration());
                steps.add(step);
                System.out.println(Report.line(step));
                if (i + 1 < options.sweepRates().size() && SweepOutcome.shouldStop(steps, options.sweepStopAfter())) {
                    System.out.printf("sweep: %d steps in a row were not sustainable; the higher rates are skipped%n",
                            options.sweepStopAfter());
                    break;
                }
            }
            sweep = SweepOutcome.of(Goals.ISSUE_8, steps);
        } else {
            for (int run = 1; run <= options.runs(); run++) {
                Measured measured = measure("run " + run, run, options.rate(), options.warmup(), options.duration());
                runs.add(measured);
                System.out.println(Report.line(measured));
            }
        }
        long endEvents = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        List<ViewDocuments.Largest> documents = List.of();
        try {
            documents = ViewDocuments.scan(options.mongoUri(), options.docScanLimit());
        } catch (RuntimeException e) {
            warn("cannot read the view documents: " + e.getMessage());
        }
        PipelineRatio ratio = pipelineRatio(stages, runs, sweep);

        BenchResult result = new BenchResult(date, machine, cores, clockTicks, loadAtStart, options, jvmFlags, startEvents,
                seeding, stages, ratio, runs, sweep, endEvents, documents, List.copyOf(warnings));
        System.out.println();
        System.out.println(Report.markdown(result));
        if (options.json() != null) {
            Path json = options.json();
            if (json.getParent() != null) {
                Files.createDirectories(json.getParent());
            }
            Files.writeString(json, Json.write(result));
            System.out.println("JSON written to " + json);
        }
    }

    /** Against the sweep's sustainable rate, or, without a sweep, the median completed rate of the runs. */
    private static @Nullable PipelineRatio pipelineRatio(List<StageResult> stages, List<Measured> runs, @Nullable SweepOutcome sweep) {
        if (stages.isEmpty()) {
            return null;
        }
        if (sweep != null) {
            return PipelineRatio.of(sweep.sustainableCommandsPerSecond(), "sustainable rate of the sweep", stages).orElse(null);
        }
        double completed = AcrossRuns.of(runs.stream().map(run -> run.figures().completedPerSecond()).toList()).median();
        return PipelineRatio.of(completed, "median completed rate of the runs (not a sustainable rate: no --sweep)", stages)
                .orElse(null);
    }

    private List<StageResult> stages() {
        Cleanups cleanups = new Cleanups();
        List<StageResult> results = new ArrayList<>();
        System.out.printf("stages: %.0f s each, %d workers, batches of %d, on scratch places named *%s*%n",
                options.stageDuration().toMillis() / 1e3, options.stageConcurrency(), options.stageBatch(), runId);
        results.addAll(new PostgresAppendStage(options.jdbcHost(), options.postgresPort(), PostgresProbe.USER, PostgresProbe.PASSWORD,
                runId, cleanups).run(options.stageDuration(), options.stageConcurrency(), options.stageBatch(), "hearth_commitment"));
        results.add(new KafkaStage(options.kafkaBootstrap(), runId, cleanups).run(options.stageDuration(), 600));
        results.addAll(new MongoUpsertStage(options.mongoUri(), runId, cleanups)
                .run(options.stageDuration(), options.stageConcurrency(), options.stageBatch()));
        cleanups.runAll();
        return results;
    }

    private void formCouples() {
        long started = System.nanoTime();
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
    private Seeding seed(long targetEvents) {
        long before = Facts.storeEvents(options.jdbcHost(), options.postgresPort());
        long events = before;
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
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seeded: %d events after %.0f s (%d pairs, %d failures)%s%n", reached, seconds,
                pairs.get(), failures.get(), reached < targetEvents ? "; stopped at --seed-limit " + options.seedLimit().toSeconds() + " s, short of the target" : "");
        if (reached < targetEvents) {
            warn("seeding stopped at " + reached + " events, short of " + targetEvents);
        }
        // The measured runs should not start on the seeding's backlog, which can be minutes long.
        Measured.Drain drain = drainViews(System.nanoTime() + Math.max(options.drainLimit().toNanos(), options.seedLimit().toNanos()));
        System.out.printf("seeded: views %s%n", drain.detail());
        return new Seeding(targetEvents, before, reached, pairs.get(), failures.get(), seconds, reached >= targetEvents);
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

    /**
     * One run or sweep step: {@code warmup} then {@code duration} of open-loop pairs at
     * {@code pairsPerSecond}. The CPU window, the scrapes of the services' lags and the store count
     * start when the measured schedule starts and end when it ends; the answers and the views'
     * backlog are then drained before the next run.
     */
    private Measured measure(String label, int number, double pairsPerSecond, Duration warmup, Duration duration) throws Exception {
        LoadCheck loadBefore = loadNow();
        if (loadBefore.busy()) {
            warn(label + " started on a busy machine: " + loadBefore.describe());
        }
        RunRecorder recorder = new RunRecorder();
        Phaser inFlight = new Phaser(1);
        AtomicInteger keepsSeen = new AtomicInteger();
        AtomicInteger lagSamples = new AtomicInteger();
        AtomicInteger index = new AtomicInteger();
        // Polled keeps spread over the whole window rather than bunched at its start.
        double keepsExpected = pairsPerSecond * duration.toMillis() / 1e3;
        int sampleEvery = options.lagMaxSamples() <= 0 ? Integer.MAX_VALUE
                : (int) Math.max(options.lagSampleEvery(), Math.ceil(keepsExpected / options.lagMaxSamples()));
        OpenLoop loop = new OpenLoop(pairsPerSecond, OpenLoop.SYSTEM);
        long origin = loop.now();
        long measureStart = origin + warmup.toNanos();
        commandsAnswered.forgetBefore(origin);
        lagPolls.forgetBefore(origin);

        // The window's starting state, taken off the sending thread so no send is delayed.
        CompletableFuture<CpuSample> cpuAtStart = new CompletableFuture<>();
        CompletableFuture<LagHistogram> lagBefore = new CompletableFuture<>();
        CompletableFuture<ServiceMetrics> metricsBefore = new CompletableFuture<>();
        CompletableFuture<Long> eventsAtStart = new CompletableFuture<>();
        AtomicReference<ServiceMetrics> worst = new AtomicReference<>(ServiceMetrics.NONE);
        AtomicInteger scrapes = new AtomicInteger();
        Set<String> unreachable = ConcurrentHashMap.newKeySet();
        scrapeTimer.schedule(() -> {
            try {
                cpuAtStart.complete(cpu.sample());
                lagBefore.complete(scrapeLag());
                ServiceMetrics first = scrapeServices(unreachable);
                metricsBefore.complete(first);
                worst.set(first);
                scrapes.incrementAndGet();
                eventsAtStart.complete(Facts.storeEvents(options.jdbcHost(), options.postgresPort()));
            } catch (RuntimeException e) {
                List.of(cpuAtStart, lagBefore, metricsBefore, eventsAtStart).forEach(future -> future.completeExceptionally(e));
            }
        }, Math.max(0, measureStart - System.nanoTime()), TimeUnit.NANOSECONDS);
        long every = options.scrapeEvery().toNanos();
        ScheduledFuture<?> watching = scrapeTimer.scheduleAtFixedRate(() -> {
            worst.accumulateAndGet(scrapeServices(unreachable), ServiceMetrics::max);
            scrapes.incrementAndGet();
        }, Math.max(0, measureStart - System.nanoTime()) + every, every, TimeUnit.NANOSECONDS);

        System.out.printf("%s: %s; %.0f s warm-up, then %.0f s at %.1f pairs/s (%.0f commands/s) over %d couples%n", label,
                loadBefore.describe(), warmup.toMillis() / 1e3, duration.toMillis() / 1e3, pairsPerSecond, 2 * pairsPerSecond,
                couples.size());
        loop.run(origin, warmup.plus(duration), scheduled -> {
            Couple couple = couples.get(index.getAndIncrement() % couples.size());
            inFlight.register();
            RunRecorder measured = scheduled - measureStart >= 0 ? recorder : null;
            if (measured != null) {
                measured.scheduled();
            }
            firePair(couple, scheduled, measured, keepsSeen, sampleEvery, lagSamples, inFlight);
        });
        CpuSample cpuAtEnd = cpu.sample();
        watching.cancel(false);
        ServiceMetrics last = scrapeTimer.submit(() -> scrapeServices(unreachable)).get();
        worst.accumulateAndGet(last, ServiceMetrics::max);
        scrapes.incrementAndGet();

        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + options.drainLimit().toNanos();
        inFlight.arriveAndDeregister();
        boolean answered = true;
        try {
            inFlight.awaitAdvanceInterruptibly(0, options.drainLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answered = false;
            warn(String.format(Locale.ROOT, "%s: %d pairs or lag polls still open %d s after the window; reported without them",
                    label, inFlight.getUnarrivedParties(), options.drainLimit().toSeconds()));
        }
        LagHistogram serverLag = scrapeLag().minus(lagBefore.get());
        Measured.Drain views = drainViews(drainDeadline);
        Measured.Drain drain = new Measured.Drain((System.nanoTime() - drainStart) / 1e9, answered, views.viewsCaughtUp(),
                views.detail());

        CpuSample start = cpuAtStart.get();
        long commands = commandsAnswered.between(start.nanoTime(), cpuAtEnd.nanoTime());
        CpuAccount account = start.machineBusyTicks() < 0 ? null : CpuAccount.between(start, cpuAtEnd, commands, clockTicks);
        RunResult result = recorder.result(number, measureStart, duration.toNanos(), eventsAtStart.get(), serverLag);
        Measured.Lags lags = new Measured.Lags(worst.get(), ServiceMetrics.added(metricsBefore.get(), last), scrapes.get(),
                List.copyOf(unreachable));
        Measured.Figures figures = Measured.figures(result, lags, account);
        return new Measured(label, pairsPerSecond, 2 * pairsPerSecond, loadBefore, result, figures,
                Measured.verdict(Goals.ISSUE_8, figures), account, lags, drain,
                lagPolls.between(start.nanoTime(), cpuAtEnd.nanoTime()));
    }

    private void firePair(Couple couple, long scheduled, @Nullable RunRecorder recorder, AtomicInteger keepsSeen, int sampleEvery,
                          AtomicInteger lagSamples, Phaser inFlight) {
        api.post("/api/couples/" + couple.id() + "/promises", couple.aliceToken(), makeBody(couple)).whenComplete((made, makeFailure) -> {
            long madeAt = System.nanoTime();
            boolean made201 = makeFailure == null && made.statusCode() == 201;
            if (made201) {
                commandsAnswered.add(madeAt);
            }
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
                        if (kept200) {
                            commandsAnswered.add(keptAt);
                        }
                        if (recorder != null) {
                            recorder.keep(keepSent, keptAt, HearthApi.outcome(kept, keepFailure), kept200);
                            if (kept200 && keepsSeen.incrementAndGet() % sampleEvery == 0
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
            lagPolls.add(now);
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

    /**
     * Waits until the read side has caught up with what the bench sent: insights shows every keep
     * the bench had accepted, for every couple, and — where the services expose them — every view
     * is at most the goal's lag behind and no publisher has events left to send.
     */
    private Measured.Drain drainViews(long deadline) {
        long started = System.nanoTime();
        Set<String> caughtUp = new HashSet<>();
        String waitingFor = "";
        while (true) {
            for (Couple couple : couples) {
                if (caughtUp.contains(couple.id())) {
                    continue;
                }
                long expected = couple.keptByUs().get();
                try {
                    HttpResponse<String> insights = api.get("/api/couples/" + couple.id() + "/insights", couple.aliceToken()).join();
                    if (insights.statusCode() == 200 && HearthApi.keptCount(insights.body()) >= expected) {
                        caughtUp.add(couple.id());
                    }
                } catch (RuntimeException e) {
                    // Still draining: asked again below.
                }
            }
            ServiceMetrics now = scrapeServices(new HashSet<>());
            boolean viewsOk = now.viewLagSeconds().values().stream().allMatch(lag -> lag <= Goals.ISSUE_8.viewLagSeconds());
            boolean publishersOk = now.publisherLagEvents().values().stream().allMatch(lag -> lag <= 0);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (caughtUp.size() == couples.size() && viewsOk && publishersOk) {
                return new Measured.Drain(seconds, true, true, String.format(Locale.ROOT, "caught up after %.1f s%s", seconds,
                        now.viewLagSeconds().isEmpty() ? " (insights by polling; no view exposes " + ServiceMetrics.VIEW_LAG + ")" : ""));
            }
            waitingFor = String.format(Locale.ROOT, "insights %d/%d couples%s%s", caughtUp.size(), couples.size(),
                    viewsOk ? "" : ", views " + now.viewLagSeconds(), publishersOk ? "" : ", publishers " + now.publisherLagEvents());
            if (System.nanoTime() - deadline >= 0) {
                warn(String.format(Locale.ROOT, "the read side had not caught up %.0f s after the window: %s", seconds, waitingFor));
                return new Measured.Drain(seconds, true, false, "NOT caught up after " + Math.round(seconds) + " s: " + waitingFor);
            }
            sleep(DRAIN_CHECK_EVERY);
        }
    }

    private LagHistogram scrapeLag() {
        try {
            return LagHistogram.parse(api.fetch(options.insights().resolve("/actuator/prometheus"), SCRAPE_TIMEOUT), LAG_METRIC, LAG_SERIES);
        } catch (Exception e) {
            System.err.println("bench: cannot scrape insights' " + LAG_METRIC + ": " + e);
            return LagHistogram.parse("", LAG_METRIC);
        }
    }

    /** One scrape of each service's lags; a service that does not answer is named in {@code unreachable}. */
    private ServiceMetrics scrapeServices(Set<String> unreachable) {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("journal", options.journal());
        services.put("commitment", options.commitment());
        services.put("insights", options.insights());
        List<ServiceMetrics> each = new ArrayList<>();
        services.forEach((name, base) -> {
            try {
                each.add(ServiceMetrics.parse(name, api.fetch(base.resolve("/actuator/prometheus"), SCRAPE_TIMEOUT)));
            } catch (Exception e) {
                unreachable.add(name);
            }
        });
        return ServiceMetrics.combine(each);
    }

    private LoadCheck loadNow() {
        return LoadCheck.of(Facts.loadAverage(), cores, options.busyFactor());
    }

    private void warn(String warning) {
        System.out.println("WARNING: " + warning);
        warnings.add(warning);
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
