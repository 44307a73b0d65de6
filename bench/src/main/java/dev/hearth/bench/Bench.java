package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuSampler;
import dev.hearth.bench.cpu.ProcFs;
import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.StageResult;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.keys.LocalTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code ./hearth bench}: forms couples through the gateway, optionally grows the store, measures
 * open-loop make-and-keep load — K runs at one rate, or a sweep of increasing rates — then runs the
 * raw stages, and prints each run or step, the tables of docs/benchmarks.md and, if asked, the whole
 * result as JSON.
 */
public final class Bench {

    private final BenchOptions options;
    private final HearthApi api;
    private final LocalTokens tokens;
    private final PlatformProcesses platform;
    private final Warnings warnings = new Warnings();
    private final long clockTicks = Facts.clockTicksPerSecond();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    private Bench(BenchOptions options) {
        this.options = options;
        this.api = new HearthApi(options.gateway(), options.dueShare());
        this.tokens = new LocalTokens(LocalKeys.readPrivateKey(options.privateKey()), Clock.systemUTC());
        this.platform = new PlatformProcesses(options.home(), ProcFs.SYSTEM);
    }

    public static void main(String[] args) {
        if (BenchOptions.wantsHelp(args)) {
            System.out.print(BenchOptions.USAGE);
            System.exit(0);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> given = List.of(args);
        if (given.contains("--rebuild")) {
            exitAfter("rebuild failed", () -> new RebuildBench(options).run());
        } else if (given.contains("--gateway-cost")) {
            exitAfter("gateway cost failed", () -> new Bench(options).gatewayCost());
        } else {
            exitAfter("failed", () -> new Bench(options).run());
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Exits 0 once {@code work} is done, or 1 with what failed. */
    private static void exitAfter(String failed, Work work) {
        try {
            work.run();
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bench: " + failed + ": " + e);
            System.exit(1);
        }
    }

    /** What every kind of run prints first and reports: when, where, the machine and its load, each JVM's flags. */
    private record Start(String date, String machine, LoadCheck load, Map<String, String> jvmFlags) {
    }

    private Start start() {
        String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String machine = Facts.machine();
        LoadCheck loadAtStart = LoadCheck.now(cores, options.busyFactor());
        Map<String, String> jvmFlags = Facts.jvmFlags(platform.roots());
        System.out.printf("Hearth bench %s%n  home %s (ports: %s)%n  gateway %s; journal %s, commitment %s, insights %s;"
                        + " postgres :%d, kafka %s, mongo %s%n  machine: %s%n  %s%n", date, options.home(), options.portsSource(),
                options.gateway(), options.journal(), options.commitment(), options.insights(), options.postgresPort(),
                options.kafkaBootstrap(), options.mongoUri(), machine, loadAtStart.describe());
        jvmFlags.forEach((component, flags) -> System.out.printf("  %s JVM: %s%n", component, flags));
        if (loadAtStart.busy()) {
            warnings.warn("the machine was busy at the start: " + loadAtStart.describe());
        }
        return new Start(date, machine, loadAtStart, jvmFlags);
    }

    /** {@code --gateway-cost}: {@link GatewayCost}'s steps at twice {@code --rate} requests/s, {@code --runs} rounds. */
    private void gatewayCost() throws IOException {
        Start start = start();
        List<Couple> couples = Couples.form(api, tokens, runId, options.couples());
        try (BareNetty.Child bare = BareNetty.launch(Duration.ofSeconds(30))) {
            Supplier<Map<String, Set<Long>>> components = () -> {
                Map<String, Set<Long>> roots = new LinkedHashMap<>(platform.roots());
                roots.put(GatewayCost.BARE_NETTY, Set.of(bare.pid()));
                return roots;
            };
            GatewayCost cost = new GatewayCost(GatewayCost.steps(api, new HearthApi(options.insights(), options.dueShare()),
                    new HearthApi(options.commitment(), options.dueShare()), new HearthApi(bare.uri(), 0)), couples,
                    cpuSampler(components), clockTicks, options.busyOthers(), warnings, GatewayCost.SETTLE);
            double requestsPerSecond = 2 * options.rate();
            List<GatewayCost.StepResult> steps = cost.measure(requestsPerSecond, options.warmup(), options.duration(), options.runs());
            GatewayCost.Result result = new GatewayCost.Result(start.date(), start.machine(), cores, start.load(), start.jvmFlags(),
                    requestsPerSecond, options.duration(), options.warmup(), options.runs(), steps, cost.medians(steps), warnings.all());
            publish(GatewayCost.markdown(result), result);
        }
    }

    private CpuSampler cpuSampler(Supplier<Map<String, Set<Long>>> components) {
        return new CpuSampler(ProcFs.SYSTEM, components, ProcessHandle.current().pid(), System::nanoTime);
    }

    private void run() throws Exception {
        Start start = start();
        long startEvents = Facts.storeEvents(options);
        System.out.printf("  store events at start: %d%n", startEvents);

        List<Couple> couples = Couples.form(api, tokens, runId, options.couples());
        MetricsScraper scraper = new MetricsScraper(api, options);
        ReadSideDrain readSide = new ReadSideDrain(api, couples, scraper, warnings);
        StoreSeeder seeder = new StoreSeeder(options, api, couples, readSide, scraper, warnings);
        Seeding seeding = options.seedEvents() > 0 ? seeder.seed() : null;
        if (options.sweep() && !options.sweepWarmup().isZero()) {
            seeder.warmUp(options.sweepWarmup(), options.sweepWarmupMax());
        }
        CpuSampler cpu = cpuSampler(platform::roots);
        OpenLoopRuns load = new OpenLoopRuns(options, new PairTraffic(api, couples, options.lagMaxSamples()), scraper, readSide,
                warnings, cpu, cores, clockTicks);
        SweepOutcome sweep = options.sweep() ? load.sweep() : null;
        List<Measured> runs = options.sweep() ? List.of() : load.runs();
        // After the load, not before: a stage writes hundreds of thousands of scratch rows and documents
        // and drops them, and the servers' clean-up of that landed in the first measured step.
        List<StageResult> stages = options.stages() ? RawStages.run(options, runId) : List.of();
        stages.forEach(stage -> System.out.println(Report.line(stage)));

        long endEvents = Facts.storeEvents(options);
        List<ViewDocuments.Largest> documents = List.of();
        try {
            documents = ViewDocuments.scan(options.mongoUri(), options.docScanLimit());
        } catch (RuntimeException e) {
            warnings.warn("cannot read the view documents: " + e.getMessage());
        }
        PipelineRatio ratio = RawStages.ratio(stages, runs, sweep);
        BenchResult result = new BenchResult(start.date(), start.machine(), cores, clockTicks, start.load(), options, start.jvmFlags(),
                startEvents, seeding, stages, ratio, runs, sweep, endEvents, documents, warnings.all());
        publish(Report.markdown(result), result);
    }

    /** The Markdown report on stdout and, with {@code --json}, the whole result in its file. */
    private void publish(String markdown, Record result) throws IOException {
        System.out.println();
        System.out.println(markdown);
        Path json = options.json();
        if (json != null) {
            if (json.getParent() != null) {
                Files.createDirectories(json.getParent());
            }
            Files.writeString(json, Json.write(result));
            System.out.println("JSON written to " + json);
        }
    }
}
