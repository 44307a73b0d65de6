package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The report's tables whose columns are the runs or steps — the runs' figures, CPU per command
 * by process, the services' lags — across runs also with their median and min–max.
 */
final class ReportTables {

    private ReportTables() {
    }

    /** A row of a table whose columns are runs or steps. */
    private record Row(String name, ToDoubleFunction<Measured> value, Function<Double, String> format) {
        Row(String name, ToDoubleFunction<Measured> value) {
            this(name, value, Report::number);
        }
    }

    static String runs(List<Measured> measured) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("throughput, pairs/s", m -> m.result().pairsPerSecond()));
        rows.add(new Row("throughput, requests/s", m -> m.result().requestsPerSecond()));
        rows.add(new Row("completed, commands/s", m -> m.figures().completedPerSecond()));
        rows.add(new Row("completed, share of offered", m -> m.figures().completedShare(), Report::percent));
        latencyRows(rows, "make, ms", m -> m.result().make());
        latencyRows(rows, "keep, ms", m -> m.result().keep());
        latencyRows(rows, "all requests, ms", m -> m.result().all());
        rows.add(new Row("errors (other than 429)", m -> m.figures().errors()));
        rows.add(new Row("rate limited (429)", m -> m.figures().rateLimited()));
        latencyRows(rows, "keep→insight polled, ms", m -> m.result().clientLag());
        rows.add(new Row("keep→insight polled, p99 counting timeouts, ms", m -> m.figures().keepToInsightP99Ms()));
        rows.add(new Row("keep→insight polled, samples", m -> m.result().clientLag().count()));
        rows.add(new Row("keep→insight polled, timed out (>10 s)", m -> m.result().clientLagTimeouts()));
        latencyRows(rows, "server apply lag (histogram), ms", m -> m.result().serverLag());
        rows.add(new Row("server apply lag, events applied", m -> m.result().serverLag().count()));
        rows.add(new Row("CPU-ms per command (machine − bench)", m -> m.figures().cpuMsPerCommand()));
        rows.add(new Row("load average (1 min) before", m -> m.loadBefore().load1()));
        rows.add(new Row("other programs during the window, cores", m -> m.others().cores()));
        return table(measured, rows, true);
    }

    static String cpu(List<Measured> measured, boolean across) {
        Set<String> processes = new LinkedHashSet<>();
        measured.stream().filter(m -> m.cpu() != null).forEach(m -> m.cpu().processes().forEach(p -> processes.add(p.name())));
        List<Row> rows = new ArrayList<>();
        for (String process : processes) {
            rows.add(new Row(process + ", ms", m -> process(m, process).msPerCommand()));
            rows.add(new Row(process + ", share", m -> process(m, process).share(), Report::percent));
        }
        rows.add(new Row("outside the platform's processes (other programs, kernel), ms", m -> cpu(m, CpuAccount::outsideMsPerCommand)));
        rows.add(new Row("outside, share", m -> cpu(m, CpuAccount::outsideShare), Report::percent));
        rows.add(new Row("the platform's processes together, ms", m -> cpu(m, CpuAccount::processesMsPerCommand)));
        rows.add(new Row("**all (machine − bench), ms per command**", m -> cpu(m, CpuAccount::msPerCommand)));
        rows.add(new Row("all, cores busy", m -> cpu(m, CpuAccount::cores)));
        rows.add(new Row("the bench itself (not counted), ms per command", m -> cpu(m, a -> a.benchMs() / a.commands())));
        rows.add(new Row("commands answered 2xx in the window", m -> cpu(m, a -> (double) a.commands())));
        rows.add(new Row("lag polls (insights GETs) in the window", m -> m.lagPollsInWindow()));
        rows.add(new Row("window, s", m -> cpu(m, CpuAccount::windowSeconds)));
        return table(measured, rows, across);
    }

    static String lags(List<Measured> measured, boolean across) {
        List<Row> rows = new ArrayList<>();
        keyedRows(rows, measured, "view lag, s", ServiceMetrics.VIEW_LAG, m -> m.lags().worst().viewLagSeconds());
        keyedRows(rows, measured, "Kafka consumer lag, records", ServiceMetrics.CONSUMER_LAG,
                m -> m.lags().worst().consumerLagRecords());
        keyedRows(rows, measured, "outbox publisher lag, events", ServiceMetrics.PUBLISHER_LAG,
                m -> m.lags().worst().publisherLagEvents());
        keyedRows(rows, measured, "view dead letters added", ServiceMetrics.DEAD_LETTERS, m -> m.lags().deadLettersAdded());
        rows.add(new Row("drained after the window, s", m -> m.drain().seconds()));
        rows.add(new Row("read side caught up after the window", m -> m.drain().viewsCaughtUp() ? 1 : 0,
                value -> value == 1 ? "yes" : "NO"));
        return table(measured, rows, across);
    }

    static String cells(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static void latencyRows(List<Row> rows, String name, Function<Measured, Percentiles> which) {
        rows.add(new Row(name + " p50", m -> which.apply(m).p50()));
        rows.add(new Row(name + " p95", m -> which.apply(m).p95()));
        rows.add(new Row(name + " p99", m -> which.apply(m).p99()));
    }

    /**
     * A row per key (a view, a service) any run or step has in {@code values}, in the order first
     * seen; with none, one row naming the metric, all "n/a", so the table says what was not exposed.
     */
    private static void keyedRows(List<Row> rows, List<Measured> measured, String name, String metric,
                                  Function<Measured, Map<String, Double>> values) {
        Set<String> keys = new LinkedHashSet<>();
        measured.forEach(m -> keys.addAll(values.apply(m).keySet()));
        keys.forEach(key -> rows.add(new Row(name + ": " + key, m -> values.apply(m).getOrDefault(key, Double.NaN))));
        if (keys.isEmpty()) {
            rows.add(new Row(name + " (" + metric + ")", m -> Double.NaN));
        }
    }

    private static String table(List<Measured> measured, List<Row> rows, boolean across) {
        List<String> header = new ArrayList<>(List.of("metric"));
        measured.forEach(m -> header.add(m.label()));
        if (across) {
            header.addAll(List.of("median", "min–max"));
        }
        StringBuilder out = new StringBuilder(cells(header)).append("|---|").append("---|".repeat(header.size() - 1)).append('\n');
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.name()));
            measured.forEach(m -> cells.add(row.format().apply(row.value().applyAsDouble(m))));
            if (across) {
                AcrossRuns values = AcrossRuns.of(measured.stream().map(m -> row.value().applyAsDouble(m)).toList());
                cells.add(row.format().apply(values.median()));
                cells.add(row.format().apply(values.min()) + "–" + row.format().apply(values.max()));
            }
            out.append(cells(cells));
        }
        return out.toString();
    }

    private static CpuAccount.ProcessCpu process(Measured m, String name) {
        if (m.cpu() != null) {
            for (CpuAccount.ProcessCpu process : m.cpu().processes()) {
                if (process.name().equals(name)) {
                    return process;
                }
            }
        }
        return new CpuAccount.ProcessCpu(name, Double.NaN, Double.NaN, Double.NaN);
    }

    private static double cpu(Measured m, ToDoubleFunction<CpuAccount> figure) {
        return m.cpu() == null ? Double.NaN : figure.applyAsDouble(m.cpu());
    }
}
