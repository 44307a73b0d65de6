package dev.hearth.bench.stages;

import org.jspecify.annotations.Nullable;

/**
 * One stage's measurement: operations done by {@code concurrency} workers in {@code seconds}, and
 * each operation's (or batch's) latency. {@code pipeline} marks the stages a command goes through
 * one operation at a time, against which the pipeline's rate is compared; batched variants are
 * shown for reference. {@code error} is set, and the figures NaN, when the stage could not run.
 */
public record StageResult(String name, String operation, boolean pipeline, int concurrency, long ops, double seconds,
                          double opsPerSecond, double p50Ms, double p99Ms, String note, @Nullable String error) {

    static StageResult failed(String name, String operation, boolean pipeline, int concurrency, String note, Exception error) {
        return new StageResult(name, operation, pipeline, concurrency, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, note,
                error.getClass().getSimpleName() + ": " + error.getMessage());
    }
}
