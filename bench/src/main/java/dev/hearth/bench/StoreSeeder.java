package dev.hearth.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** {@code --seed-events}: grows the store with make-and-keep pairs as fast as the platform takes them, a bounded number in flight. */
final class StoreSeeder {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Duration WARM_WINDOW = Duration.ofSeconds(60);
    private static final double WARM_TOLERANCE = 0.05;

    private final BenchOptions options;
    private final HearthApi api;
    private final List<Couple> couples;
    private final ReadSideDrain drain;
    private final MetricsScraper scraper;
    private final Warnings warnings;

    StoreSeeder(BenchOptions options, HearthApi api, List<Couple> couples, ReadSideDrain drain, MetricsScraper scraper,
                Warnings warnings) {
        this.options = options;
        this.api = api;
        this.couples = couples;
        this.drain = drain;
        this.scraper = scraper;
        this.warnings = warnings;
    }

    /** Seeds up to {@code --seed-events} or {@code --seed-limit}, whichever comes first, then waits for the views. */
    Seeding seed() {
        long targetEvents = options.seedEvents();
        if (options.isDefaultHome()) {
            warnings.warn("--seed-events pads the store of your own platform (" + options.home() + ") for good; for a growth"
                    + " comparison start a scratch one: ./hearth up --free-ports --home /tmp/hearth-bench, then"
                    + " ./hearth bench --home /tmp/hearth-bench --seed-events " + targetEvents);
        }
        long before = Facts.storeEvents(options);
        System.out.printf("seeding: %d events now, target %d, %d pairs in flight at most%n", before, targetEvents, options.seedConcurrency());
        Loop loop = closedLoop("seeding", options.seedLimit(), options.seedLimit(), null, OptionalLong.of(targetEvents));
        long reached = Facts.storeEvents(options);
        System.out.printf("seeded: %d events after %.0f s (%d pairs, %d failures)%s%n", reached, loop.seconds(), loop.pairs(),
                loop.failures(), reached < targetEvents ? "; stopped at --seed-limit " + options.seedLimit().toSeconds()
                        + " s, short of the target" : "");
        if (reached < targetEvents) {
            warnings.warn("seeding stopped at " + reached + " events, short of " + targetEvents);
        }
        // The measured runs should not start on the seeding's backlog, which can be minutes long.
        Measured.Drain drained = drain.until(System.nanoTime() + Math.max(options.drainLimit().toNanos(), options.seedLimit().toNanos()));
        System.out.printf("seeded: views %s%n", drained.detail());
        return new Seeding(targetEvents, before, reached, loop.pairs(), loop.failures(), loop.seconds(), reached >= targetEvents);
    }

    /**
     * {@code --sweep-warmup}: pairs as fast as the platform takes them, unmeasured, then the views
     * drained. A freshly started platform's JIT compilers take minutes of load on two cores, during
     * which an open-loop step at even 100 commands/s queues for seconds; a closed loop cannot outrun it.
     * How many minutes depends on the machine, so after {@code --sweep-warmup} the loop goes on while
     * its throughput still rises ({@link WarmUpCurve}: the last minute more than 5 % above the one
     * before), up to {@code --sweep-warmup-max}. Beside the pairs it makes the reads the steps make
     * ({@link WarmReads}), so that their code is compiled before the first step too.
     */
    void warmUp(Duration length, Duration maxLength) {
        System.out.printf("warm-up: %.0f s of pairs (up to %.0f s while the rate still rises), %d in flight at most, unmeasured%n",
                length.toMillis() / 1e3, maxLength.toMillis() / 1e3, options.seedConcurrency());
        WarmUpCurve curve = new WarmUpCurve(WARM_WINDOW.toSeconds(), WARM_TOLERANCE);
        Loop loop;
        String reads;
        try (WarmReads warmReads = WarmReads.start(api, scraper, couples, options.scrapeEvery())) {
            loop = closedLoop("warm-up", length, maxLength, curve, OptionalLong.empty());
            reads = warmReads.detail();
        }
        Measured.Drain drained = drain.until(System.nanoTime() + options.drainLimit().toNanos());
        double[] rates = curve.lastTwoRates();
        String settled = Double.isNaN(rates[0]) ? "too short to tell whether the rate settled"
                : String.format(Locale.ROOT, "%.1f then %.1f pairs/s in the last two minutes: %s", rates[0], rates[1],
                        curve.settled() ? "settled" : "STILL RISING at --sweep-warmup-max; the first steps may run on a cold JIT");
        System.out.printf("warm-up: %d pairs in %.0f s (%d failures), %s; %s; views %s%n",
                loop.pairs(), loop.seconds(), loop.failures(), reads, settled, drained.detail());
        if (!Double.isNaN(rates[0]) && !curve.settled()) {
            warnings.warn(String.format(Locale.ROOT, "the warm-up's rate still rose after %.0f s (%.1f -> %.1f pairs/s):"
                    + " the first steps may be measured on a JIT still compiling", loop.seconds(), rates[0], rates[1]));
        }
    }

    private record Loop(long pairs, long failures, double seconds) {
    }

    /**
     * Pairs with at most {@code --seed-concurrency} in flight until {@code length} passed or the store
     * holds {@code targetEvents}, if given; with a {@code curve}, past {@code length} until it settled or
     * {@code maxLength} passed.
     */
    private Loop closedLoop(String label, Duration length, Duration maxLength, @Nullable WarmUpCurve curve,
                            OptionalLong targetEvents) {
        Semaphore inFlight = new Semaphore(options.seedConcurrency());
        AtomicLong pairs = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        long lastReport = started;
        long pairsAtLastReport = 0;
        double recent = 0;
        long target = targetEvents.orElse(Long.MAX_VALUE);
        long events = targetEvents.isPresent() ? Facts.storeEvents(options) : 0;
        int index = 0;
        long minimum = started + length.toNanos();
        long limit = started + Math.max(length.toNanos(), maxLength.toNanos());
        boolean settled = curve == null;
        while (events < target && System.nanoTime() - limit < 0 && !(settled && System.nanoTime() - minimum >= 0)) {
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
            if (now - lastReport >= REPORT_EVERY.toNanos()) {
                long done = pairs.get();
                recent = (done - pairsAtLastReport) / ((now - lastReport) / 1e9);
                if (targetEvents.isEmpty()) {
                    System.out.printf("%s: %d pairs, %.1f pairs/s recently, %d failures, %.0f s%n", label, done, recent,
                            failures.get(), (now - started) / 1e9);
                } else {
                    events = Facts.storeEvents(options);
                    System.out.printf("%s: %d events (%.0f%%), %d pairs, %.1f pairs/s recently, %d failures, %.0f s%n", label,
                            events, 100.0 * events / target, done, recent, failures.get(), (now - started) / 1e9);
                }
                lastReport = now;
                pairsAtLastReport = done;
                if (curve != null) {
                    curve.record((now - started) / 1e9, done);
                    settled = curve.settled();
                }
            }
        }
        inFlight.acquireUninterruptibly(options.seedConcurrency());
        inFlight.release(options.seedConcurrency());
        return new Loop(pairs.get(), failures.get(), (System.nanoTime() - started) / 1e9);
    }

    /** One unmeasured make-and-keep pair; true when both succeeded. */
    private CompletableFuture<Boolean> pair(Couple couple) {
        return api.makePromise(couple)
                .thenCompose(made -> made.statusCode() != 201 ? CompletableFuture.completedFuture(false)
                        : api.keep(couple, HearthApi.field(made.body(), "promiseId").orElseThrow()).thenApply(kept -> {
                            if (kept.statusCode() == 200) {
                                couple.keptByUs().incrementAndGet();
                                return true;
                            }
                            return false;
                        }))
                .exceptionally(failure -> false);
    }
}
