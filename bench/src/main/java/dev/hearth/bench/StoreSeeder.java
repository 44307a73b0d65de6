package dev.hearth.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** {@code --seed-events}: grows the store with make-and-keep pairs as fast as the platform takes them, a bounded number in flight. */
final class StoreSeeder {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final BenchOptions options;
    private final HearthApi api;
    private final List<Couple> couples;
    private final ReadSideDrain drain;
    private final Warnings warnings;

    StoreSeeder(BenchOptions options, HearthApi api, List<Couple> couples, ReadSideDrain drain, Warnings warnings) {
        this.options = options;
        this.api = api;
        this.couples = couples;
        this.drain = drain;
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
            if (now - lastReport >= REPORT_EVERY.toNanos()) {
                events = Facts.storeEvents(options);
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
        long reached = Facts.storeEvents(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("seeded: %d events after %.0f s (%d pairs, %d failures)%s%n", reached, seconds, pairs.get(), failures.get(),
                reached < targetEvents ? "; stopped at --seed-limit " + options.seedLimit().toSeconds() + " s, short of the target" : "");
        if (reached < targetEvents) {
            warnings.warn("seeding stopped at " + reached + " events, short of " + targetEvents);
        }
        // The measured runs should not start on the seeding's backlog, which can be minutes long.
        Measured.Drain drained = drain.until(System.nanoTime() + Math.max(options.drainLimit().toNanos(), options.seedLimit().toNanos()));
        System.out.printf("seeded: views %s%n", drained.detail());
        return new Seeding(targetEvents, before, reached, pairs.get(), failures.get(), seconds, reached >= targetEvents);
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
