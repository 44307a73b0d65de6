package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import java.util.List;
import java.util.Map;

/** Measured runs and steps made of chosen figures, for the verdict, sweep and report tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final Percentiles FAST = new Percentiles(1000, 12, 30, 43, 60);

    static RunResult result(long offered, long sent, long completed, Percentiles all, Map<String, Long> errors) {
        return new RunResult(1, 4_000, 30, 30, completed / 60.0, sent / 30.0, offered, sent, completed, all, all, all, errors,
                new Percentiles(100, 40, 80, 120, 130), 0, 120, new Percentiles(900, 20, 50, 90, Double.NaN));
    }

    /** A step at {@code commandsPerSecond} whose figures are as given. */
    static Measured step(int number, double commandsPerSecond, double p99Ms, long errors, double completedShare, boolean busy) {
        long offered = Math.round(commandsPerSecond * 30);
        long completed = Math.round(offered * completedShare);
        RunResult result = result(offered, offered, completed, new Percentiles(1000, 10, 20, p99Ms, p99Ms),
                errors == 0 ? Map.of() : Map.of("504", errors));
        ServiceMetrics lags = new ServiceMetrics(Map.of("commitment/promise-list", 0.3), Map.of("insights", 4.0), Map.of(), Map.of());
        Measured.Lags windowLags = new Measured.Lags(lags, Map.of(), 15, List.of());
        CpuAccount cpu = new CpuAccount(30, completed, 36_000, 6_000, 30_000, 30_000.0 / Math.max(1, completed), 1.0,
                List.of(new CpuAccount.ProcessCpu("gateway", 9_000, 9_000.0 / Math.max(1, completed), 0.3)),
                9_000.0 / Math.max(1, completed), 21_000,
                21_000.0 / Math.max(1, completed), 0.7);
        Measured.Figures figures = Measured.figures(result, windowLags, cpu);
        return new Measured("step " + number, commandsPerSecond / 2, commandsPerSecond,
                new LoadCheck(5.0, 0.4, 0.3, 2, 3.0, true), result, figures, Measured.verdict(Goals.ISSUE_8, figures), cpu,
                windowLags, new Measured.Drain(1.5, true, true, "caught up after 1.5 s"), 250,
                new OtherWork(busy ? 0.5 : 0.02, 0.2, busy));
    }
}
