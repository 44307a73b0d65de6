package dev.hearth.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code ./hearth bench}. Every option has a default; the default run (no
 * {@code --sweep}) fits in about two minutes. Where the platform answers comes from, in order: an
 * explicit option, the home's {@code run/ports.properties} (written by {@code ./hearth up}), the
 * port variables of the environment, the fixed ports.
 */
record BenchOptions(URI gateway, URI journal, URI commitment, URI insights, String jdbcHost, int postgresPort,
                    String kafkaBootstrap, String mongoUri, Path home, String portsSource,
                    int couples, double rate, double dueShare, Duration duration, int runs, Duration warmup,
                    int lagSampleEvery, int lagMaxSamples, long seedEvents, int seedConcurrency, Duration seedLimit,
                    boolean sweep, Duration sweepWarmup, Duration sweepWarmupMax, List<Double> sweepRates, Duration stepWarmup, Duration stepDuration, int sweepStopAfter,
                    Duration drainLimit, boolean stages, Duration stageDuration, int stageConcurrency, int stageBatch,
                    double busyFactor, double busyOthers, Duration scrapeEvery, int docScanLimit, @Nullable Path json,
                    @Nullable Path latencies) {

    Path privateKey() {
        return home.resolve("keys").resolve("private.pem");
    }

    /** The home {@code ./hearth up} uses without {@code --home}: the user's own platform. */
    boolean isDefaultHome() {
        return home.equals(Path.of(".hearth").toAbsolutePath().normalize());
    }

    static final String USAGE = """
            usage: ./hearth bench [options]

            Measures a running platform through its gateway with an open-loop load of make-and-keep pairs
            (see docs/benchmarks.md, "Method"). Without --sweep: --runs runs at one --rate. With --sweep: steps of
            increasing rate and the highest sustainable one. Values go as "--name VALUE" or "--name=VALUE".

            where the platform is (an option wins over <home>/run/ports.properties, which wins over the environment's
            GATEWAY_PORT, JOURNAL_PORT, COMMITMENT_PORT, INSIGHTS_PORT, HEARTH_POSTGRES_PORT, HEARTH_KAFKA_PORT,
            HEARTH_MONGO_PORT, which win over the fixed ports):
              --home DIR               the platform's home: signing key, pid files, ports (default $HEARTH_HOME or .hearth)
              --gateway URL            default http://localhost:8080
              --journal URL            journal-service, for its /actuator/prometheus (default http://localhost:8081)
              --commitment URL         commitment-service, likewise (default http://localhost:8082)
              --insights URL           insights-service, likewise (default http://localhost:8083)
              --postgres-port N        PostgreSQL (default 5432; user postgres, as the launcher starts it)
              --kafka HOST:PORT        the broker (default localhost:9092)
              --mongo URI              the Mongo server (default mongodb://localhost:27017)

            load (a run, or each sweep step):
              --couples N              couples formed up front (default 20)
              --rate PAIRS_PER_S       make-and-keep pairs per second of a run, 2 commands each (default 20)
              --due-share F            share of the promises made with a due time 30 days ahead, 0 to 1: each
                                       writes a deadline on make and cancels it on keep (default 0)
              --runs K                 runs without --sweep (default 3)
              --warmup S               unmeasured seconds before each run (default 5)
              --duration S             measured seconds of each run (default 20)
              --lag-sample-every N     poll insights after 1 keep in N at least (default 10)
              --lag-max-samples N      at most N polled keeps per run or step, spread over it (default 100)
              --scrape-every S         seconds between scrapes of the services' lag gauges in a window (default 2)
              --busy-load F            flag the machine busy at the start when the 1-minute load exceeds F x cores (default 1.5)
              --busy-others C          flag a run or step when other programs took more than C cores in its window (default 0.2)
              --drain-limit S          after a run or step, wait at most S s for answers and views to catch up (default 60)

            sweep:
              --sweep                  run steps of increasing rate instead of --runs
              --sweep-warmup S         first, S seconds of closed-loop pairs (--seed-concurrency in flight), unmeasured:
                                       a cold platform's JIT takes minutes on two cores (default 180; 0 skips it)
              --sweep-warmup-max S     past --sweep-warmup, go on while the pairs of the last minute are more than 5 %
                                       above the minute before, at most until S seconds (default 600)
              --sweep-rates LIST       offered commands/s per step, comma-separated (default 100,200,300,400,500,600,800,1000)
              --step-warmup S          unmeasured seconds before each step (default 10)
              --step-duration S        measured seconds of each step (default 30)
              --sweep-stop-after N     stop after N steps in a row that are not sustainable (default 2)

            raw stages (a scratch database, topic and collection on the same servers, dropped afterwards):
              --stages / --no-stages   run them, or not (default: with --sweep only)
              --stage-duration S       seconds of each stage (default 5)
              --stage-concurrency N    connections or workers per stage (default 4)
              --stage-batch N          rows per transaction / documents per bulkWrite of the batched variants (default 100)

            rebuild:
              --rebuild                time a rebuild of insights' views from the topics instead (a second
                                       insights-service builds them into side collections; nothing else runs)

            the gateway's cost:
              --gateway-cost           measure what the gateway costs per request instead: a couple's insights and a
                                       make, each through the gateway and straight to its service, then a 401 and the
                                       gateway's health, and the same 401 from a bare Reactor Netty server (the floor),
                                       each step 2 x --rate requests/s for --duration s, --runs rounds after --warmup s
                                       of every step; CPU-ms per request of the gateway, the service and the machine
                                       (use ./hearth up --tuned: its raised rate limits)

            growth, documents, output:
              --seed-events N          first grow the stores to about N events (use a scratch home: see docs/benchmarks.md)
              --seed-concurrency N     pairs in flight while seeding (default 16)
              --seed-limit S           stop seeding after S seconds, then wait as long again at most for the views (default 1800)
              --doc-scan-limit N       read at most N documents of each view collection for the largest (default 10000)
              --json FILE              also write the whole result as JSON to FILE
              --latencies DIR          also write every measured command of each run or step to DIR/<run>.csv
                                       (send time, latency, command, outcome): where in the window the tail falls
              --help                   this text
            """;

    static final Set<String> FLAGS = Set.of("--sweep", "--stages", "--no-stages", "--rebuild", "--gateway-cost");
    static final Set<String> VALUE_OPTIONS = Set.of("--home", "--gateway", "--journal", "--commitment", "--insights",
            "--postgres-port", "--kafka", "--mongo", "--couples", "--rate", "--due-share", "--runs", "--warmup", "--duration",
            "--lag-sample-every", "--lag-max-samples", "--scrape-every", "--busy-load", "--busy-others", "--drain-limit", "--sweep-warmup", "--sweep-warmup-max", "--sweep-rates",
            "--step-warmup", "--step-duration", "--sweep-stop-after", "--stage-duration", "--stage-concurrency",
            "--stage-batch", "--seed-events", "--seed-concurrency", "--seed-limit", "--doc-scan-limit", "--json", "--latencies");
    private static final List<Double> DEFAULT_SWEEP = List.of(100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 800.0, 1000.0);

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    static BenchOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0 && VALUE_OPTIONS.contains(option.substring(0, equals))) {
                given.put(option.substring(0, equals), option.substring(equals + 1));
                continue;
            }
            if (FLAGS.contains(option)) {
                given.put(option, "true");
                continue;
            }
            if (!VALUE_OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option + "\n\n" + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n\n" + USAGE);
            }
            given.put(option, args[++i]);
        }
        if (given.containsKey("--stages") && given.containsKey("--no-stages")) {
            throw new IllegalArgumentException("--stages and --no-stages contradict each other");
        }
        try {
            return resolve(given, environment);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number was expected: " + e.getMessage() + "\n\n" + USAGE);
        }
    }

    private static BenchOptions resolve(Map<String, String> given, Map<String, String> environment) {
        Path home = Path.of(given.getOrDefault("--home", environment.getOrDefault("HEARTH_HOME", ".hearth"))).toAbsolutePath().normalize();
        Properties ports = new Properties();
        Path portsFile = home.resolve("run").resolve("ports.properties");
        String portsSource = "environment or fixed ports";
        if (Files.isRegularFile(portsFile)) {
            try (InputStream in = Files.newInputStream(portsFile)) {
                ports.load(in);
                portsSource = portsFile.toString();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + portsFile + ": " + e.getMessage());
            }
        }
        Map<String, String> port = new LinkedHashMap<>();
        for (var variable : List.of("GATEWAY_PORT:8080", "JOURNAL_PORT:8081", "COMMITMENT_PORT:8082", "INSIGHTS_PORT:8083",
                "HEARTH_POSTGRES_PORT:5432", "HEARTH_KAFKA_PORT:9092", "HEARTH_MONGO_PORT:27017")) {
            String name = variable.substring(0, variable.indexOf(':'));
            String fallback = variable.substring(variable.indexOf(':') + 1);
            port.put(name, ports.getProperty(name, environment.getOrDefault(name, fallback)).trim());
        }
        boolean sweep = given.containsKey("--sweep");
        boolean stages = given.containsKey("--stages") || (sweep && !given.containsKey("--no-stages"));
        String json = given.get("--json");
        String latencies = given.get("--latencies");
        return new BenchOptions(
                URI.create(given.getOrDefault("--gateway", "http://localhost:" + port.get("GATEWAY_PORT"))),
                URI.create(given.getOrDefault("--journal", "http://localhost:" + port.get("JOURNAL_PORT"))),
                URI.create(given.getOrDefault("--commitment", "http://localhost:" + port.get("COMMITMENT_PORT"))),
                URI.create(given.getOrDefault("--insights", "http://localhost:" + port.get("INSIGHTS_PORT"))),
                "localhost",
                Integer.parseInt(given.getOrDefault("--postgres-port", port.get("HEARTH_POSTGRES_PORT"))),
                given.getOrDefault("--kafka", "localhost:" + port.get("HEARTH_KAFKA_PORT")),
                given.getOrDefault("--mongo", "mongodb://localhost:" + port.get("HEARTH_MONGO_PORT")),
                home, portsSource,
                positive("--couples", Integer.parseInt(given.getOrDefault("--couples", "20"))),
                positive("--rate", Double.parseDouble(given.getOrDefault("--rate", "20"))),
                share("--due-share", given.getOrDefault("--due-share", "0")),
                seconds("--duration", given.getOrDefault("--duration", "20")),
                positive("--runs", Integer.parseInt(given.getOrDefault("--runs", "3"))),
                Duration.ofMillis(Math.round(Double.parseDouble(given.getOrDefault("--warmup", "5")) * 1000)),
                positive("--lag-sample-every", Integer.parseInt(given.getOrDefault("--lag-sample-every", "10"))),
                Integer.parseInt(given.getOrDefault("--lag-max-samples", "100")),
                Long.parseLong(given.getOrDefault("--seed-events", "0")),
                positive("--seed-concurrency", Integer.parseInt(given.getOrDefault("--seed-concurrency", "16"))),
                seconds("--seed-limit", given.getOrDefault("--seed-limit", "1800")),
                sweep,
                notNegative("--sweep-warmup", given.getOrDefault("--sweep-warmup", "180")),
                notNegative("--sweep-warmup-max", given.getOrDefault("--sweep-warmup-max", "600")),
                rates(given.get("--sweep-rates")),
                Duration.ofMillis(Math.round(Double.parseDouble(given.getOrDefault("--step-warmup", "10")) * 1000)),
                seconds("--step-duration", given.getOrDefault("--step-duration", "30")),
                positive("--sweep-stop-after", Integer.parseInt(given.getOrDefault("--sweep-stop-after", "2"))),
                seconds("--drain-limit", given.getOrDefault("--drain-limit", "60")),
                stages,
                seconds("--stage-duration", given.getOrDefault("--stage-duration", "5")),
                positive("--stage-concurrency", Integer.parseInt(given.getOrDefault("--stage-concurrency", "4"))),
                positive("--stage-batch", Integer.parseInt(given.getOrDefault("--stage-batch", "100"))),
                positive("--busy-load", Double.parseDouble(given.getOrDefault("--busy-load", "1.5"))),
                positive("--busy-others", Double.parseDouble(given.getOrDefault("--busy-others", "0.2"))),
                seconds("--scrape-every", given.getOrDefault("--scrape-every", "2")),
                positive("--doc-scan-limit", Integer.parseInt(given.getOrDefault("--doc-scan-limit", "10000"))),
                json == null ? null : Path.of(json).toAbsolutePath().normalize(),
                latencies == null ? null : Path.of(latencies).toAbsolutePath().normalize());
    }

    private static List<Double> rates(@Nullable String list) {
        if (list == null) {
            return DEFAULT_SWEEP;
        }
        List<Double> rates = new ArrayList<>();
        for (String rate : list.split(",")) {
            rates.add(positive("--sweep-rates", Double.parseDouble(rate.trim())));
        }
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("--sweep-rates must increase: " + list);
            }
        }
        return List.copyOf(rates);
    }

    private static <N extends Number> N positive(String option, N value) {
        if (value.doubleValue() <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }

    private static double share(String option, String value) {
        double share = Double.parseDouble(value);
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(option + " must be between 0 and 1");
        }
        return share;
    }

    private static Duration notNegative(String option, String value) {
        double seconds = Double.parseDouble(value);
        if (seconds < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Duration seconds(String option, String value) {
        return Duration.ofMillis(Math.round(positive(option, Double.parseDouble(value)) * 1000));
    }
}
