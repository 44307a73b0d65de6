package dev.hearth.bench.stages;

import dev.hearth.bench.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs {@code concurrency} workers, each as fast as it can, for a fixed time, timing every step
 * (one operation, or one batch of them).
 */
final class TimedLoop {

    /** One worker: a step does some operations and says how many. */
    interface Worker extends AutoCloseable {
        int step() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface WorkerFactory {
        Worker open(int index) throws Exception;
    }

    record Outcome(long ops, double seconds, Percentiles stepMillis) {
    }

    private TimedLoop() {
    }

    static Outcome run(int concurrency, Duration duration, WorkerFactory workers) throws Exception {
        List<Worker> opened = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            for (int i = 0; i < concurrency; i++) {
                opened.add(workers.open(i));
            }
            LongAdder ops = new LongAdder();
            ConcurrentLinkedQueue<Double> stepMillis = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (Worker worker : opened) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() - deadline < 0) {
                        long began = System.nanoTime();
                        ops.add(worker.step());
                        stepMillis.add((System.nanoTime() - began) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(ops.sum(), seconds, Percentiles.of(stepMillis));
        } finally {
            threads.shutdownNow();
            for (Worker worker : opened) {
                try {
                    worker.close();
                } catch (Exception e) {
                    // A scratch connection that fails to close changes no figure.
                }
            }
        }
    }
}
