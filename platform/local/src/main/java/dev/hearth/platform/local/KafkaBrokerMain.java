package dev.hearth.platform.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the broker's own JVM, started by {@link KafkaBrokerProcess}.
 *
 * <p>Arguments: {@code <server.properties> [--format <clusterId>] [--exit-on-stdin-eof]}.
 * {@code --format} formats the KRaft log directory first (a no-op if it is formatted already);
 * {@code --exit-on-stdin-eof} makes the broker exit when its parent's end of the stdin pipe closes,
 * which happens whenever the parent dies, even by SIGKILL, so no broker outlives its test run.
 */
public final class KafkaBrokerMain {

    /** Graceful shutdown gets this long after the parent vanished; then the JVM is halted. */
    private static final Duration HALT_AFTER = Duration.ofSeconds(30);

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: KafkaBrokerMain <server.properties> [--format <clusterId>] [--exit-on-stdin-eof]");
            System.exit(2);
        }
        String propertiesFile = args[0];
        String clusterId = null;
        boolean exitOnStdinEof = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> clusterId = args[++i];
                case ParentWatchdog.FLAG -> exitOnStdinEof = true;
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (exitOnStdinEof) {
            ParentWatchdog.watch(System.in, "kafka-broker", HALT_AFTER);
        }
        if (clusterId != null) {
            format(propertiesFile, clusterId);
        }
        kafka.Kafka.main(new String[] {propertiesFile});
    }

    private static void format(String propertiesFile, String clusterId) {
        List<String> formatArgs = new ArrayList<>(List.of(
                "format", "--cluster-id", clusterId, "--config", propertiesFile, "--ignore-formatted"));
        int exitCode = kafka.tools.StorageTool.execute(formatArgs.toArray(String[]::new), System.out);
        if (exitCode != 0) {
            System.err.println("formatting the KRaft log directory failed with exit code " + exitCode);
            System.exit(exitCode);
        }
    }
}
