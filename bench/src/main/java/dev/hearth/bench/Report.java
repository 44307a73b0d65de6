package dev.hearth.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The per-run line and the Markdown summary across runs. */
final class Report {

    private Report() {
    }

    static String runLine(RunResult r) {
        return String.format(Locale.ROOT,
                "run %d: store %d events at start; %.1f pairs/s, %.1f req/s; make p50/p95/p99 %s; keep %s; all %s; errors %s;"
                        + " keep→insight (polled) %s over %d samples, %d timed out; server apply lag %s over %d events",
                r.run(), r.storeEventsAtStart(), r.pairsPerSecond(), r.requestsPerSecond(), triple(r.make()), triple(r.keep()),
                triple(r.all()), r.errors().isEmpty() ? "none" : r.errors(), triple(r.clientLag()), r.clientLag().count(),
                r.clientLagTimeouts(), triple(r.serverLag()), r.serverLag().count());
    }

    static String markdown(BenchOptions options, String date, String machine, Map<String, String> jvmFlags,
                           List<RunResult> runs, long endEvents) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Hearth bench, %s%n%n", date));
        out.append(String.format(Locale.ROOT,
                "Open loop, %.1f make-and-keep pairs/s over %d couples, %d s measured after %d s warm-up, %d runs;"
                        + " keep→insight polled every 25 ms (1 keep in %d, at most %d a run).%n%n",
                options.rate(), options.couples(), options.duration().toSeconds(), options.warmup().toSeconds(), runs.size(),
                options.lagSampleEvery(), options.lagMaxSamples()));
        out.append("- Machine: ").append(machine).append('\n');
        jvmFlags.forEach((service, flags) -> out.append("- ").append(service).append(" JVM: `").append(flags).append("`\n"));
        out.append("- Store events (journal + commitment) at each run's start: ")
                .append(runs.stream().map(r -> String.valueOf(r.storeEventsAtStart())).toList())
                .append("; at the end: ").append(endEvents).append("\n\n");
        out.append("| metric | ");
        runs.forEach(r -> out.append("run ").append(r.run()).append(" | "));
        out.append("median | min–max |\n|---|");
        runs.forEach(r -> out.append("---|"));
        out.append("---|---|\n");
        row(out, runs, "throughput, pairs/s", RunResult::pairsPerSecond);
        row(out, runs, "throughput, requests/s", RunResult::requestsPerSecond);
        latencyRows(out, runs, "make, ms", RunResult::make);
        latencyRows(out, runs, "keep, ms", RunResult::keep);
        latencyRows(out, runs, "all requests, ms", RunResult::all);
        row(out, runs, "errors", r -> r.errorCount());
        latencyRows(out, runs, "keep→insight polled, ms", RunResult::clientLag);
        row(out, runs, "keep→insight polled, samples", r -> r.clientLag().count());
        row(out, runs, "keep→insight polled, timed out (>10 s)", r -> r.clientLagTimeouts());
        latencyRows(out, runs, "server apply lag (histogram), ms", RunResult::serverLag);
        row(out, runs, "server apply lag, events applied", r -> r.serverLag().count());
        String errors = runs.stream().filter(r -> !r.errors().isEmpty()).map(r -> "run " + r.run() + ": " + r.errors()).toList().toString();
        out.append('\n').append("Errors by status: ").append(errors.equals("[]") ? "none" : errors).append('\n');
        return out.toString();
    }

    private static void latencyRows(StringBuilder out, List<RunResult> runs, String name,
                                    Function<RunResult, Percentiles> which) {
        row(out, runs, name + " p50", r -> which.apply(r).p50());
        row(out, runs, name + " p95", r -> which.apply(r).p95());
        row(out, runs, name + " p99", r -> which.apply(r).p99());
    }

    private static void row(StringBuilder out, List<RunResult> runs, String name, ToDoubleFunction<RunResult> value) {
        out.append("| ").append(name).append(" | ");
        runs.forEach(r -> out.append(number(value.applyAsDouble(r))).append(" | "));
        AcrossRuns across = AcrossRuns.of(runs.stream().map(value::applyAsDouble).toList());
        out.append(number(across.median())).append(" | ").append(number(across.min())).append("–")
                .append(number(across.max())).append(" |\n");
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String triple(Percentiles p) {
        return p.count() == 0 && Double.isNaN(p.p50()) ? "–"
                : number(p.p50()) + "/" + number(p.p95()) + "/" + number(p.p99()) + " ms";
    }
}
