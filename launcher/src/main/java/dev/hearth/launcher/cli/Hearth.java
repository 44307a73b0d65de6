package dev.hearth.launcher.cli;

import dev.hearth.launcher.ComponentStatus;
import dev.hearth.launcher.Endpoints;
import dev.hearth.launcher.JvmProfile;
import dev.hearth.launcher.Platform;
import dev.hearth.launcher.PlatformBuilder;
import dev.hearth.launcher.PlatformHome;
import dev.hearth.launcher.PlatformStartException;
import dev.hearth.launcher.Ports;
import dev.hearth.launcher.kafka.ConsoleEvents;
import dev.hearth.launcher.kafka.KafkaProbe;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.keys.LocalTokens;
import dev.hearth.launcher.service.RateLimits;
import dev.hearth.platform.local.LocalMongo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./hearth}'s entry point. The script finds Java and runs this class with
 * {@code -Dhearth.repo.root=<repository>}; everything else happens here.
 */
public final class Hearth {

    static final String HELP = """
            usage: ./hearth <command> [--home DIR]

              up [--no-build] [--build] [--free-ports] [--tuned]
                       build missing jars, start Kafka, PostgreSQL, the Mongo server and the four
                       services (only what is not running), wait until healthy, print the gateway URL;
                       JVMs favour a fast start (C1 only, serial GC). --tuned is the profile for
                       benchmarks: the full JIT in the services, the gateway and the Kafka and Mongo
                       hosts, fixed heaps, the parallel collector, and the gateway's rate limits
                       raised far above any bench load. What runs with the other profile is
                       restarted (plain up turns a tuned platform back)
              down [--wipe]
                       stop everything by pid (services, Kafka, PostgreSQL, Mongo last); data is kept,
                       --wipe deletes data, logs and run records (keys are kept: the token key
                       pair and the services' master keys, keys/<service>-master.key)
              status   each component's pid, port, health and JVM profile (exit 1 unless all are UP)
              token USER [--role analyst|admin]... [--ttl 12h] [--key FILE]
                       print a JWT for USER (its last line) signed by the local key, or by FILE
              events TOPIC [--from-beginning] [--follow] [--idle 10s]
                       print a topic's records with headers and keys (Kafka's console consumer);
                       exits after --idle without a new record unless --follow
              bench [options]
                       measure the running platform: open-loop load through the gateway and the
                       keep-to-insight lag (its own jar, built on first use; never part of verify);
                       ./hearth bench --help lists its options
              help     this text

            --home DIR (or HEARTH_HOME) holds data, logs, pid files and keys; default .hearth in the
            repository. Ports: HEARTH_KAFKA_PORT 9092, HEARTH_KAFKA_CONTROLLER_PORT 9093,
            HEARTH_POSTGRES_PORT 5432, HEARTH_MONGO_PORT 27017, GATEWAY_PORT 8080, JOURNAL_PORT 8081,
            COMMITMENT_PORT 8082, INSIGHTS_PORT 8083, HEARTH_GATEWAY_MANAGEMENT_PORT 8090 (the gateway's
            metrics, on 127.0.0.1). Also HEARTH_MONGO_CACHE_MB (64), HEARTH_SERVICE_JAVA_OPTS (the
            services' JVM flags, replacing the profile's: profile "custom"), HEARTH_UP_TIMEOUT (seconds,
            180), and the gateway's HEARTH_RATE_LIMIT_* (README, Security).
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Path repoRoot;

    Hearth(PrintStream out, PrintStream err, Map<String, String> environment, Path repoRoot) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        // KafkaBrokerProcess reports through System.Logger (java.util.logging here); ./hearth prints its own lines.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path repoRoot = Path.of(System.getProperty("hearth.repo.root", ""));
        int exit = new Hearth(System.out, System.err, System.getenv(), repoRoot).run(Arrays.asList(args));
        System.out.flush();
        // Kafka clients and HTTP pools may leave non-daemon threads behind; the command is done.
        System.exit(exit);
    }

    int run(List<String> arguments) {
        CommandLine.Invocation invocation;
        try {
            invocation = CommandLine.parse(arguments);
        } catch (UsageException e) {
            err.println("hearth: " + e.getMessage());
            err.println("see ./hearth help");
            return 2;
        }
        Path home = invocation.home()
                .or(() -> Optional.ofNullable(environment.get("HEARTH_HOME")).filter(h -> !h.isBlank()).map(Path::of))
                .orElse(repoRoot.resolve(".hearth"));
        try {
            return switch (invocation.command()) {
                case Command.Up up -> up(home, up);
                case Command.Down down -> down(home, down);
                case Command.Status status -> status(home);
                case Command.Token token -> token(home, token);
                case Command.Events events -> events(home, events);
                case Command.Bench bench -> bench(home, bench);
                case Command.Help help -> {
                    out.print(HELP);
                    yield 0;
                }
            };
        } catch (UsageException | IllegalArgumentException e) {
            err.println("hearth: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            err.println("hearth: " + e.getMessage());
            return 1;
        }
    }

    private int up(Path home, Command.Up up) {
        PlatformBuilder builder = platform(home)
                .detached(true)
                .buildMissingJars(up.buildMissing())
                .forceBuild(up.forceBuild())
                .profile(up.tuned() ? JvmProfile.TUNED : JvmProfile.START_UP);
        if (up.freePorts()) {
            builder.freePorts();
        }
        String serviceOptions = environment.get("HEARTH_SERVICE_JAVA_OPTS");
        if (serviceOptions != null) {
            builder.serviceJavaOptions(Arrays.stream(serviceOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        String cache = environment.get("HEARTH_MONGO_CACHE_MB");
        if (cache != null && !cache.isBlank()) {
            builder.mongoCacheMb(parseInt("HEARTH_MONGO_CACHE_MB", cache));
        }
        // The gateway's limits, as the caller's environment sets them (see README, Security); a tuned
        // platform is for benchmarks, which must measure the platform, not the limiter.
        (up.tuned() ? RateLimits.raised(environment) : RateLimits.from(environment)).forEach(builder::serviceEnvironment);
        String timeout = environment.get("HEARTH_UP_TIMEOUT");
        if (timeout != null && !timeout.isBlank()) {
            builder.startTimeout(Duration.ofSeconds(parseInt("HEARTH_UP_TIMEOUT", timeout)));
        }
        try {
            Endpoints endpoints = builder.build().up();
            out.println("Hearth is up: " + endpoints.gatewayUrl());
            return 0;
        } catch (PlatformStartException e) {
            err.println();
            err.println("hearth up: the platform is not healthy.");
            err.println(e.getMessage());
            err.println();
            err.println("What did start keeps running: ./hearth status, ./hearth down.");
            return 1;
        }
    }

    private int down(Path home, Command.Down down) {
        platform(home).build().down(down.wipe());
        out.println("Hearth is down" + (down.wipe() ? " and wiped." : " (data kept)."));
        return 0;
    }

    private int status(Path home) {
        List<ComponentStatus> lines = platform(home).build().status();
        out.printf(Locale.ROOT, "%-19s %-8s %-6s %-8s %-9s %s%n", "COMPONENT", "PID", "PORT", "HEALTH", "PROFILE", "");
        for (ComponentStatus line : lines) {
            out.printf(Locale.ROOT, "%-19s %-8s %-6d %-8s %-9s %s%n", line.component(),
                    line.pid().isPresent() ? Long.toString(line.pid().getAsLong()) : "-",
                    line.port(), line.health(), line.profile(), line.detail()).flush();
        }
        return lines.stream().allMatch(line -> line.health() == ComponentStatus.Health.UP) ? 0 : 1;
    }

    private int token(Path home, Command.Token token) {
        RSAPrivateKey key;
        if (token.key().isPresent()) {
            key = LocalKeys.readPrivateKey(token.key().get());
        } else {
            Path keys = new PlatformHome(home).keysDirectory();
            boolean existed = Files.exists(keys.resolve(LocalKeys.PRIVATE_KEY_FILE));
            key = LocalKeys.ensure(keys).privateKey();
            if (!existed) {
                err.println("created the local key pair and the services' master keys in " + keys);
            }
        }
        out.println(new LocalTokens(key, Clock.systemUTC()).mint(token.user(), token.roles(), token.ttl()));
        return 0;
    }

    private int events(Path home, Command.Events events) {
        Ports ports = new PlatformHome(home).readPorts().orElseGet(() -> Ports.fromEnvironment(environment));
        String bootstrap = "localhost:" + ports.kafka();
        try (KafkaProbe kafka = new KafkaProbe(bootstrap)) {
            if (!kafka.brokerAnswers()) {
                err.println("hearth events: no Kafka broker answers at " + bootstrap + " (start it: ./hearth up)");
                return 1;
            }
            Set<String> topics = kafka.topics();
            if (!topics.contains(events.topic())) {
                err.println("hearth events: no topic " + events.topic() + "; topics: "
                        + String.join(", ", topics.stream().sorted().toList()));
                return 2;
            }
        }
        try {
            ConsoleEvents.run(ConsoleEvents.arguments(bootstrap, events.topic(), events.fromBeginning(), events.idle(),
                    events.follow()));
            return 0;
        } catch (Exception e) {
            err.println("hearth events: the console consumer failed: " + e);
            return 1;
        }
    }

    private int bench(Path home, Command.Bench bench) {
        Ports ports = new PlatformHome(home).readPorts().orElseGet(() -> Ports.fromEnvironment(environment));
        try {
            return new BenchCommand(repoRoot, err).run(BenchCommand.arguments(home, ports, bench.arguments()));
        } catch (IOException e) {
            err.println("hearth bench: cannot run the benchmark: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private PlatformBuilder platform(Path home) {
        return Platform.builder()
                .home(home)
                .repoRoot(repoRoot)
                .ports(Ports.fromEnvironment(environment))
                .mongoCacheMb(LocalMongo.DEFAULT_CACHE_MB)
                .progress(out::println);
    }

    private static int parseInt(String variable, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a number: " + value, e);
        }
    }
}
