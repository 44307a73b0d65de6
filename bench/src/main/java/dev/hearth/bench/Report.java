package dev.hearth.bench;

import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.StageResult;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The report: one line per run or step as it ends, then Markdown tables — the runs across runs
 * (median, min–max) or the sweep with its verdicts, CPU by process, the services' lags, the raw
 * stages and the pipeline ratio, the largest view documents. "n/a" marks a figure the platform
 * does not expose or the bench could not take.
 */
final class Report {

    private Report() {
    }

    static String line(Measured m) {
        RunResult r = m.result();
        Measured.Figures f = m.figures();
        return String.format(Locale.ROOT,
                "%s: offered %s commands/s, completed %s (%s); all p50/p95/p99 %s (make %s, keep %s); errors %d, 429 %d;"
                        + " keep→insight polled p99 %s ms over %d samples (%d timed out), server p99 %s ms; max view lag %s s;"
                        + " CPU %s ms/command (%s cores); %s; store %d events at start",
                m.label(), number(m.offeredCommandsPerSecond()), number(f.completedPerSecond()), percent(f.completedShare()),
                triple(r.all()), triple(r.make()), triple(r.keep()), f.errors(), f.rateLimited(), number(f.keepToInsightP99Ms()),
                r.clientLag().count(), r.clientLagTimeouts(), number(f.serverApplyLagP99Ms()), number(f.maxViewLagSeconds()),
                number(f.cpuMsPerCommand()), m.cpu() == null ? "n/a" : number(m.cpu().cores()), "drain " + m.drain().detail(),
                r.storeEventsAtStart());
    }

    static String line(StageResult stage) {
        return String.format(Locale.ROOT, "stage %s: %s", stage.name(), stage.error() != null ? "FAILED: " + stage.error()
                : number(stage.opsPerSecond()) + " ops/s (" + stage.ops() + " in " + number(stage.seconds()) + " s, p50/p99 "
                + number(stage.p50Ms()) + "/" + number(stage.p99Ms()) + " ms)");
    }

    static String markdown(BenchResult result) {
        BenchOptions options = result.options();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Hearth bench, %s%n%n", result.date()));
        if (result.sweep() != null) {
            out.append(String.format(Locale.ROOT,
                    "Sweep: %s s of closed-loop pairs first, up to %s s while their rate still rose (unmeasured warm-up), then open loop over %d couples, steps of %s"
                            + " commands/s (make-and-keep pairs, 2 commands each), each %s s"
                            + " warm-up then %s s measured, backlog drained between steps (at most %d s);"
                            + " keep→insight polled every 25 ms (at most %d keeps a step, spread over it).%n%n",
                    number(options.sweepWarmup().toMillis() / 1e3), number(options.sweepWarmupMax().toMillis() / 1e3), options.couples(),
                    options.sweepRates().stream().map(Report::number).toList(),
                    number(options.stepWarmup().toMillis() / 1e3), number(options.stepDuration().toMillis() / 1e3),
                    options.drainLimit().toSeconds(), options.lagMaxSamples()));
        } else {
            out.append(String.format(Locale.ROOT,
                    "Open loop, %s make-and-keep pairs/s (%s commands/s) over %d couples, %s s measured after %s s warm-up,"
                            + " %d runs; keep→insight polled every 25 ms (1 keep in %d at least, at most %d a run).%n%n",
                    number(options.rate()), number(2 * options.rate()), options.couples(), number(options.duration().toMillis() / 1e3),
                    number(options.warmup().toMillis() / 1e3), result.runs().size(), options.lagSampleEvery(), options.lagMaxSamples()));
        }
        out.append("- Machine: ").append(result.machine()).append('\n');
        out.append("- Load at the start: ").append(result.loadAtStart().describe()).append('\n');
        result.jvmFlags().forEach((component, flags) -> out.append("- ").append(component).append(" JVM: `").append(flags).append("`\n"));
        List<Measured> measured = result.sweep() != null ? result.sweep().steps() : result.runs();
        out.append("- Store events (journal + commitment): ").append(result.storeEventsAtStart()).append(" at the start");
        if (result.seeding() != null) {
            out.append(", ").append(result.seeding().eventsAfter()).append(" after seeding");
        }
        out.append("; at each ").append(result.sweep() != null ? "step" : "run").append("'s window: ")
                .append(measured.stream().map(m -> String.valueOf(m.result().storeEventsAtStart())).toList())
                .append("; at the end: ").append(result.storeEventsAtEnd()).append('\n');
        if (!result.warnings().isEmpty()) {
            out.append("\n**Warnings:**\n");
            result.warnings().forEach(warning -> out.append("- ").append(warning).append('\n'));
        }
        if (result.sweep() != null) {
            out.append('\n').append(sweep(result.sweep()));
        } else {
            out.append('\n').append(ReportTables.runs(measured));
            String errors = measured.stream().filter(m -> !m.result().errors().isEmpty())
                    .map(m -> m.label() + ": " + m.result().errors()).toList().toString();
            out.append('\n').append("Errors by status: ").append(errors.equals("[]") ? "none" : errors).append('\n');
        }
        boolean across = result.sweep() == null;
        out.append("\n#### CPU per command by process\n\n")
                .append("CPU time in the measured window (`/proc`, each component's whole process tree) per command answered 2xx;"
                        + " the share is of the machine's busy time less the bench's own.\n\n")
                .append(ReportTables.cpu(measured, across));
        out.append("\n#### Lags\n\n")
                .append("The worst value of each gauge over the window's scrapes (every ")
                .append(number(options.scrapeEvery().toMillis() / 1e3)).append(" s); n/a: not exposed.\n\n")
                .append(ReportTables.lags(measured, across));
        if (!result.stages().isEmpty()) {
            out.append('\n').append(stages(result.stages(), result.pipelineRatio()));
        }
        out.append('\n').append(documents(result.viewDocuments(), options.docScanLimit()));
        return out.toString();
    }

    static String sweep(SweepOutcome sweep) {
        Goals goals = sweep.goals();
        StringBuilder out = new StringBuilder("#### Sweep\n\n");
        out.append("| step | offered, commands/s | completed, commands/s | completed | p50, ms | p99, ms | failed (errors, 429) |"
                + " keep→insight p99 polled, ms | server apply p99, ms | max view lag, s | CPU-ms per command | load before |"
                + " other programs, cores |"
                + " sustainable | all goals |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| *goal* | | | ≥ %s | | ≤ %s | < %s | ≤ %s | | ≤ %s | | | | p99, failed, completed | all five |%n",
                percent(goals.completedShare()), number(goals.p99Ms()), percent(goals.errorShare()), number(goals.keepToInsightP99Ms()),
                number(goals.viewLagSeconds())));
        for (Measured step : sweep.steps()) {
            Measured.Figures f = step.figures();
            Verdict v = step.verdict();
            out.append(ReportTables.cells(List.of(step.label(), number(step.offeredCommandsPerSecond()), number(f.completedPerSecond()),
                    judged(percent(f.completedShare()), v.completed()), number(f.p50Ms()), judged(number(f.p99Ms()), v.p99()),
                    judged(percent(f.failedShare()) + " (" + f.errors() + ", " + f.rateLimited() + ")", v.errors()),
                    judged(number(f.keepToInsightP99Ms()), v.keepToInsight()), number(f.serverApplyLagP99Ms()),
                    judged(number(f.maxViewLagSeconds()), v.views()), number(f.cpuMsPerCommand()),
                    number(step.loadBefore().load1()), number(step.others().cores()) + (step.others().busy() ? " (busy)" : ""),
                    v.sustainable() ? "**yes**" : "no", mark(v.allGoals()))));
        }
        out.append('\n');
        if (Double.isNaN(sweep.sustainableCommandsPerSecond())) {
            out.append("**Sustainable rate: none of the steps was sustainable** (p99 ≤ ").append(number(goals.p99Ms()))
                    .append(" ms, failed < ").append(percent(goals.errorShare())).append(", completed ≥ ")
                    .append(percent(goals.completedShare())).append(").\n");
        } else {
            out.append(String.format(Locale.ROOT, "**Sustainable rate: %s commands/s** (%s pairs/s, %s): the highest step with"
                            + " p99 ≤ %s ms, failed < %s and completed ≥ %s of the offered rate.%n",
                    number(sweep.sustainableCommandsPerSecond()), number(sweep.sustainableCommandsPerSecond() / 2),
                    sweep.sustainableStep(), number(goals.p99Ms()), percent(goals.errorShare()), percent(goals.completedShare())));
        }
        sweep.notes().forEach(note -> out.append("- ").append(note).append('\n'));
        out.append("\nMarks: `ok` met, `NO` missed, `n/a` not measurable (the platform does not expose the figure).\n");
        return out.toString();
    }

    static String stages(List<StageResult> stages, @Nullable PipelineRatio ratio) {
        StringBuilder out = new StringBuilder("#### Raw stages\n\n");
        out.append("| stage | ops/s | ops | seconds | workers | p50, ms | p99, ms | notes |\n|---|---|---|---|---|---|---|---|\n");
        for (StageResult stage : stages) {
            out.append(String.format(Locale.ROOT, "| %s%s | %s | %d | %s | %d | %s | %s | %s |%n", stage.name(),
                    stage.pipeline() ? "" : " (reference)", number(stage.opsPerSecond()), stage.ops(), number(stage.seconds()),
                    stage.concurrency(), number(stage.p50Ms()), number(stage.p99Ms()),
                    stage.error() == null ? stage.note() : "FAILED: " + stage.error() + "; " + stage.note()));
        }
        if (ratio != null) {
            out.append(String.format(Locale.ROOT, "%nPipeline ratio: %s commands/s (%s) ÷ %s ops/s of the slowest stage (%s) = **%s**.%n",
                    number(ratio.commandsPerSecond()), ratio.basis(), number(ratio.slowestOpsPerSecond()), ratio.slowestStage(),
                    number(ratio.ratio())));
        } else {
            out.append("\nPipeline ratio: n/a (no step was sustainable, or no stage of the pipeline completed).\n");
        }
        return out.toString();
    }

    static String documents(List<ViewDocuments.Largest> collections, int limit) {
        StringBuilder out = new StringBuilder("#### Largest view documents\n\n");
        if (collections.isEmpty()) {
            return out.append("n/a (the Mongo server could not be read)\n").toString();
        }
        out.append("| database.collection | documents | read | largest, bytes | its _id |\n|---|---|---|---|---|\n");
        for (ViewDocuments.Largest c : collections) {
            out.append(String.format(Locale.ROOT, "| %s.%s | %d | %d%s | %d | `%s` |%n", c.database(), c.collection(), c.documents(),
                    c.scanned(), c.complete() ? "" : " (bounded by --doc-scan-limit " + limit + ")", c.largestBytes(), c.largestId()));
        }
        ViewDocuments.largest(collections).ifPresent(largest -> out.append(String.format(Locale.ROOT,
                "%nLargest: %d bytes in %s.%s (MongoDB's limit is 16,777,216).%n", largest.largestBytes(), largest.database(),
                largest.collection())));
        return out.toString();
    }

    /** A figure with its verdict beside it; a figure that is not there needs no second "n/a". */
    private static String judged(String figure, Verdict.Check check) {
        return check == Verdict.Check.UNKNOWN ? figure : figure + " " + mark(check);
    }

    private static String mark(Verdict.Check check) {
        return switch (check) {
            case PASS -> "ok";
            case FAIL -> "NO";
            case UNKNOWN -> "n/a";
        };
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String number(Double value) {
        return number(value.doubleValue());
    }

    /** A share as a percentage: 0.995 → "99.5 %". */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        double percent = share * 100;
        return String.format(Locale.ROOT, percent != 0 && Math.abs(percent) < 1 ? "%.2f %%" : "%.1f %%", percent);
    }

    static String percent(Double share) {
        return percent(share.doubleValue());
    }

    private static String triple(Percentiles p) {
        return p.count() == 0 && Double.isNaN(p.p50()) ? "n/a"
                : number(p.p50()) + "/" + number(p.p95()) + "/" + number(p.p99()) + " ms";
    }
}
