package dev.hearth.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The command line of {@code ./hearth bench}; every option has a default that fits two minutes. */
record BenchOptions(URI gateway, URI insights, String jdbcHost, int postgresPort, Path home,
                    int couples, double rate, Duration duration, int runs, Duration warmup,
                    int lagSampleEvery, int lagMaxSamples, long seedEvents, int seedConcurrency, Duration seedLimit) {

    Path privateKey() {
        return home.resolve("keys").resolve("private.pem");
    }

    static final String USAGE = """
            usage: Bench [--gateway URL] [--insights URL] [--home DIR] [--postgres-port N]
                         [--couples N] [--rate PAIRS_PER_S] [--duration S] [--runs K] [--warmup S]
                         [--lag-sample-every N] [--lag-max-samples N] [--seed-events N] [--seed-concurrency N] [--seed-limit S]
              defaults: --gateway http://localhost:8080 --insights http://localhost:8083 --home .hearth
                        --postgres-port ${HEARTH_POSTGRES_PORT:-5432} --couples 20 --rate 20 --duration 20
                        --runs 3 --warmup 5 --lag-sample-every 10 --lag-max-samples 100 --seed-concurrency 16 --seed-limit 1800
            """;

    static BenchOptions parse(String[] args, Map<String, String> environment) {
        URI gateway = URI.create("http://localhost:" + environment.getOrDefault("GATEWAY_PORT", "8080"));
        URI insights = URI.create("http://localhost:" + environment.getOrDefault("INSIGHTS_PORT", "8083"));
        Path home = Path.of(".hearth");
        int postgresPort = Integer.parseInt(environment.getOrDefault("HEARTH_POSTGRES_PORT", "5432"));
        int couples = 20;
        double rate = 20;
        Duration duration = Duration.ofSeconds(20);
        int runs = 3;
        Duration warmup = Duration.ofSeconds(5);
        int lagSampleEvery = 10;
        int lagMaxSamples = 100;
        long seedEvents = 0;
        int seedConcurrency = 16;
        Duration seedLimit = Duration.ofMinutes(30);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--gateway" -> gateway = URI.create(value);
                    case "--insights" -> insights = URI.create(value);
                    case "--home" -> home = Path.of(value);
                    case "--postgres-port" -> postgresPort = Integer.parseInt(value);
                    case "--couples" -> couples = positive(option, Integer.parseInt(value));
                    case "--rate" -> rate = positive(option, Double.parseDouble(value));
                    case "--duration" -> duration = seconds(option, value);
                    case "--runs" -> runs = positive(option, Integer.parseInt(value));
                    case "--warmup" -> warmup = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                    case "--lag-sample-every" -> lagSampleEvery = positive(option, Integer.parseInt(value));
                    case "--lag-max-samples" -> lagMaxSamples = Integer.parseInt(value);
                    case "--seed-events" -> seedEvents = Long.parseLong(value);
                    case "--seed-concurrency" -> seedConcurrency = positive(option, Integer.parseInt(value));
                    case "--seed-limit" -> seedLimit = seconds(option, value);
                    default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, not " + value + "\n" + USAGE);
            }
        }
        return new BenchOptions(gateway, insights, "localhost", postgresPort, home.toAbsolutePath().normalize(),
                couples, rate, duration, runs, warmup, lagSampleEvery, lagMaxSamples, seedEvents, seedConcurrency, seedLimit);
    }

    private static <N extends Number> N positive(String option, N value) {
        if (value.doubleValue() <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return value;
    }

    private static Duration seconds(String option, String value) {
        return Duration.ofMillis(Math.round(positive(option, Double.parseDouble(value)) * 1000));
    }
}
