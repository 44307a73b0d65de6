package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import dev.hearth.bench.cpu.CpuSample;
import dev.hearth.bench.cpu.CpuSampler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The measured load: K runs at one rate, or a sweep of increasing rates. Each run or step is an
 * open-loop window of make-and-keep pairs, its answers and the views' backlog drained before the
 * next one; each is printed as it ends.
 */
record OpenLoopRuns(BenchOptions options, PairTraffic traffic, MetricsScraper scraper, ReadSideDrain readSide,
                    Warnings warnings, CpuSampler cpu, int cores, long clockTicks) {

    // One bench, one timer: its thread is a daemon and lives as long as the process.
    private static final ScheduledExecutorService SCRAPE_TIMER = Executors.newSingleThreadScheduledExecutor(
            Threads.daemon("bench-scrape"));

    /** {@code --runs} runs at {@code --rate}. */
    List<Measured> runs() throws Exception {
        List<Measured> runs = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            Measured measured = measure("run " + run, run, options.rate(), options.warmup(), options.duration());
            runs.add(measured);
            System.out.println(Report.line(measured));
        }
        return runs;
    }

    /** {@code --sweep}: a step per rate, until {@code --sweep-stop-after} steps in a row were not sustainable. */
    SweepOutcome sweep() throws Exception {
        List<Measured> steps = new ArrayList<>();
        for (int i = 0; i < options.sweepRates().size(); i++) {
            double commandsPerSecond = options.sweepRates().get(i);
            Measured step = measure("step " + (i + 1), i + 1, commandsPerSecond / 2, options.stepWarmup(), options.stepDuration());
            steps.add(step);
            System.out.println(Report.line(step));
            if (i + 1 < options.sweepRates().size() && SweepOutcome.shouldStop(steps, options.sweepStopAfter())) {
                System.out.printf("sweep: %d steps in a row were not sustainable; the higher rates are skipped%n",
                        options.sweepStopAfter());
                break;
            }
        }
        return SweepOutcome.of(Goals.ISSUE_8, steps);
    }

    /**
     * One run or sweep step: {@code warmup} then {@code duration} of open-loop pairs at
     * {@code pairsPerSecond}. The CPU window, the scrapes of the services' lags and the store count
     * start when the measured schedule starts and end when it ends; the answers and the views'
     * backlog are then drained before the next run.
     */
    private Measured measure(String label, int number, double pairsPerSecond, Duration warmup, Duration duration) throws Exception {
        // Reported, not judged: right after a warm-up or a step it carries the bench's own load (OtherWork).
        LoadCheck loadBefore = LoadCheck.now(cores, options.busyFactor());
        RunRecorder recorder = new RunRecorder();
        PairTraffic.Window pairs = traffic.window(recorder, sampleEvery(pairsPerSecond, duration));
        OpenLoop loop = new OpenLoop(pairsPerSecond, OpenLoop.SYSTEM);
        long origin = loop.now();
        long measureStart = origin + warmup.toNanos();
        traffic.forgetBefore(origin);
        WindowWatch watch = WindowWatch.start(SCRAPE_TIMER, cpu, scraper, () -> Facts.storeEvents(options), measureStart,
                options.scrapeEvery());

        System.out.printf("%s: %s; %.0f s warm-up, then %.0f s at %.1f pairs/s (%.0f commands/s) over %d couples%n", label,
                loadBefore.averages(), warmup.toMillis() / 1e3, duration.toMillis() / 1e3, pairsPerSecond, 2 * pairsPerSecond,
                traffic.couples());
        loop.run(origin, warmup.plus(duration), scheduled -> pairs.send(scheduled, scheduled - measureStart >= 0));
        CpuSample cpuAtEnd = watch.end();

        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + options.drainLimit().toNanos();
        boolean answered = pairs.awaitAnswers(options.drainLimit());
        if (!answered) {
            warnings.warn(String.format(Locale.ROOT, "%s: %d pairs or lag polls still open %d s after the window; reported without them",
                    label, pairs.stillOpen(), options.drainLimit().toSeconds()));
        }
        LagHistogram serverLag = scraper.insightsLag().minus(watch.lagBefore());
        Measured.Drain views = readSide.until(drainDeadline);
        Measured.Drain drain = new Measured.Drain((System.nanoTime() - drainStart) / 1e9, answered, views.viewsCaughtUp(),
                views.detail());

        CpuSample start = watch.cpuAtStart();
        long commands = traffic.commandsAnswered(start.nanoTime(), cpuAtEnd.nanoTime());
        CpuAccount account = start.machineBusyTicks() < 0 ? null : CpuAccount.between(start, cpuAtEnd, commands, clockTicks);
        OtherWork others = OtherWork.of(account, options.busyOthers());
        if (others.busy()) {
            warnings.warn(label + ": " + others.describe());
        }
        RunResult result = recorder.result(number, measureStart, duration.toNanos(), watch.eventsAtStart(), serverLag);
        if (options.latencies() != null) {
            Path file = options.latencies().resolve(label.replace(' ', '-') + ".csv");
            recorder.writeAnswers(file);
            System.out.printf("%s: every measured command written to %s%n", label, file);
        }
        Measured.Lags lags = watch.lags();
        Measured.Figures figures = Measured.figures(result, lags, account);
        return new Measured(label, pairsPerSecond, 2 * pairsPerSecond, loadBefore, result, figures,
                Measured.verdict(Goals.ISSUE_8, figures), account, lags, drain,
                traffic.lagPolls(start.nanoTime(), cpuAtEnd.nanoTime()), others);
    }

    /** Polled keeps spread over the whole window rather than bunched at its start. */
    private int sampleEvery(double pairsPerSecond, Duration duration) {
        double keepsExpected = pairsPerSecond * duration.toMillis() / 1e3;
        return options.lagMaxSamples() <= 0 ? Integer.MAX_VALUE
                : (int) Math.max(options.lagSampleEvery(), Math.ceil(keepsExpected / options.lagMaxSamples()));
    }
}
