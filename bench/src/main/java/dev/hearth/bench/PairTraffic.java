package dev.hearth.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The load itself: make-and-keep pairs over the couples in turn, and after a sample of the keeps,
 * insights polled until it shows them. It remembers when every command and poll was answered, so
 * a CPU window can count exactly those inside it.
 */
final class PairTraffic {

    /** How often a keep's lag poll reads the couple's insights (the warm-up reads as often: {@link WarmReads}). */
    static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    private static final Duration LAG_DEADLINE = Duration.ofSeconds(10);

    private final HearthApi api;
    private final List<Couple> couples;
    private final int lagMaxSamples;
    private final ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("bench-poll"));
    /** Every make answered 201 and keep answered 200, measured or not: the CPU window's denominator. */
    private final Answers commandsAnswered = new Answers();
    /** Every insights GET of the lag polls: load the bench adds beside the commands. */
    private final Answers lagPolls = new Answers();

    PairTraffic(HearthApi api, List<Couple> couples, int lagMaxSamples) {
        this.api = api;
        this.couples = couples;
        this.lagMaxSamples = lagMaxSamples;
    }

    int couples() {
        return couples.size();
    }

    /** A new run or step counts only its own answers. */
    void forgetBefore(long nanoTime) {
        commandsAnswered.forgetBefore(nanoTime);
        lagPolls.forgetBefore(nanoTime);
    }

    long commandsAnswered(long from, long to) {
        return commandsAnswered.between(from, to);
    }

    long lagPolls(long from, long to) {
        return lagPolls.between(from, to);
    }

    /** The pairs of one run or step, recorded in {@code recorder}; the lag is polled after 1 keep in {@code sampleEvery}. */
    Window window(RunRecorder recorder, int sampleEvery) {
        return new Window(recorder, sampleEvery);
    }

    /** One run's or step's pairs; every pair and lag poll is a party of {@code inFlight} until answered. */
    final class Window {

        private final RunRecorder recorder;
        private final int sampleEvery;
        private final Phaser inFlight = new Phaser(1);
        private final AtomicInteger keepsSeen = new AtomicInteger();
        private final AtomicInteger lagSamples = new AtomicInteger();
        private final AtomicInteger index = new AtomicInteger();

        private Window(RunRecorder recorder, int sampleEvery) {
            this.recorder = recorder;
            this.sampleEvery = sampleEvery;
        }

        /** Sends the next couple's pair, due at {@code scheduled}; it is recorded only if {@code measured}. */
        void send(long scheduled, boolean measured) {
            Couple couple = couples.get(index.getAndIncrement() % couples.size());
            inFlight.register();
            RunRecorder recording = measured ? recorder : null;
            if (recording != null) {
                recording.scheduled();
            }
            makeAndKeep(couple, scheduled, recording);
        }

        /** After the last send: waits at most {@code limit} for the open pairs and polls; false if some are still open. */
        boolean awaitAnswers(Duration limit) throws InterruptedException {
            inFlight.arriveAndDeregister();
            try {
                inFlight.awaitAdvanceInterruptibly(0, limit.toNanos(), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            }
        }

        int stillOpen() {
            return inFlight.getUnarrivedParties();
        }

        private void makeAndKeep(Couple couple, long scheduled, @Nullable RunRecorder recording) {
            api.makePromise(couple).whenComplete((made, makeFailure) -> {
                long madeAt = System.nanoTime();
                boolean made201 = makeFailure == null && made.statusCode() == 201;
                if (made201) {
                    commandsAnswered.add(madeAt);
                }
                if (recording != null) {
                    recording.make(scheduled, madeAt, HearthApi.outcome(made, makeFailure), made201);
                }
                if (!made201) {
                    inFlight.arriveAndDeregister();
                    return;
                }
                String promiseId = HearthApi.field(made.body(), "promiseId").orElseThrow();
                long keepSent = System.nanoTime();
                api.keep(couple, promiseId).whenComplete((kept, keepFailure) -> {
                    long keptAt = System.nanoTime();
                    boolean kept200 = keepFailure == null && kept.statusCode() == 200;
                    long keptCount = kept200 ? couple.keptByUs().incrementAndGet() : -1;
                    if (kept200) {
                        commandsAnswered.add(keptAt);
                        couple.keptNotYetListed().add(promiseId);
                    }
                    if (recording != null) {
                        recording.keep(keepSent, keptAt, HearthApi.outcome(kept, keepFailure), kept200);
                        if (kept200 && keepsSeen.incrementAndGet() % sampleEvery == 0 && lagSamples.incrementAndGet() <= lagMaxSamples) {
                            inFlight.register();
                            pollUntilVisible(couple, keptCount, keptAt, keptAt + LAG_DEADLINE.toNanos());
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
        private void pollUntilVisible(Couple couple, long keptCount, long keptAt, long deadline) {
            long polledAt = System.nanoTime();
            api.insights(couple).whenComplete((insights, failure) -> {
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
                    pollTimer.schedule(() -> pollUntilVisible(couple, keptCount, keptAt, deadline), wait, TimeUnit.NANOSECONDS);
                }
            });
        }
    }
}
