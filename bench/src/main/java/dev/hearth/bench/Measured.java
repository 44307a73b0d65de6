package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything one run or sweep step measured: the load's latencies and counts ({@code result}),
 * the figures the goals are judged on and the verdict, the CPU account of the window, the
 * services' lags, the load average before it, what other programs took during it and how the backlog
 * drained after it.
 */
record Measured(String label, double offeredPairsPerSecond, double offeredCommandsPerSecond, LoadCheck loadBefore,
                RunResult result, Figures figures, Verdict verdict, @Nullable CpuAccount cpu, Lags lags, Drain drain,
                long lagPollsInWindow, OtherWork others) {

    /**
     * The numbers {@link Goals} are applied to, written out (also for the JSON): commands completed
     * per second and as a share of those offered; failed share (errors and 429s over commands sent);
     * p99 of every command; polled keep→insight p99 counting timeouts as infinite; server-side p99;
     * the largest lag of any view during the window.
     */
    record Figures(double completedPerSecond, double completedShare, long errors, long rateLimited, double failedShare,
                   double p50Ms, double p99Ms, double keepToInsightP99Ms, double serverApplyLagP99Ms, double maxViewLagSeconds,
                   double cpuMsPerCommand) {
    }

    /** The services' lag figures, the worst seen over the window's scrapes, and dead letters added in it. */
    record Lags(ServiceMetrics worst, Map<String, Double> deadLettersAdded, int scrapes, List<String> unreachable) {
    }

    /** How long the backlog took to drain after the window, and whether it did. */
    record Drain(double seconds, boolean answered, boolean viewsCaughtUp, String detail) {
    }

    static Figures figures(RunResult result, Lags lags, @Nullable CpuAccount cpu) {
        return new Figures(result.completedPerSecond(), result.completedShare(), result.errorCount(), result.rateLimited(),
                result.failedShare(), result.all().p50(), result.all().p99(), result.clientLagP99CountingTimeouts(),
                result.serverLag().p99(), lags.worst().maxViewLagSeconds(), cpu == null ? Double.NaN : cpu.msPerCommand());
    }

    static Verdict verdict(Goals goals, Figures figures) {
        return Verdict.of(goals, figures.p99Ms(), figures.failedShare(), figures.completedShare(), figures.keepToInsightP99Ms(),
                figures.maxViewLagSeconds());
    }
}
