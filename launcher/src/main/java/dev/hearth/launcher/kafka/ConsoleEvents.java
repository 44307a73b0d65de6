package dev.hearth.launcher.kafka;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./hearth events}: Kafka's own console consumer (from {@code org.apache.kafka:kafka-tools})
 * printing each record's partition, offset, headers (the CloudEvents attributes), key and value.
 * Bounded by default: it exits after a stretch with no new record, so a script never hangs.
 */
public final class ConsoleEvents {

    /** The tool's entry point; looked up by name because it is a runtime-only dependency. */
    static final String CONSOLE_CONSUMER = "org.apache.kafka.tools.consumer.ConsoleConsumer";
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(10);

    private ConsoleEvents() {
    }

    /** The console consumer's arguments; {@code idle} null keeps it open until interrupted. */
    public static List<String> arguments(String bootstrapServers, String topic, boolean fromBeginning,
                                         Duration idle, boolean follow) {
        List<String> arguments = new ArrayList<>(List.of(
                "--bootstrap-server", bootstrapServers,
                "--topic", topic,
                // --property is the formatter option of Kafka 4.1 (4.2 renames it --formatter-property).
                "--property", "print.partition=true",
                "--property", "print.offset=true",
                "--property", "print.headers=true",
                "--property", "print.key=true",
                "--property", "print.value=true"));
        if (fromBeginning) {
            arguments.add("--from-beginning");
        }
        if (!follow) {
            arguments.add("--timeout-ms");
            arguments.add(Long.toString(idle.toMillis()));
        }
        return arguments;
    }

    /** Runs the console consumer in this JVM; it ends this JVM when it is done. */
    public static void run(List<String> arguments) throws Throwable {
        MethodHandle main;
        try {
            Class<?> tool = Class.forName(CONSOLE_CONSUMER);
            main = MethodHandles.publicLookup().findStatic(tool, "main", MethodType.methodType(void.class, String[].class));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Kafka's console consumer is not on the class path: the launcher needs"
                    + " org.apache.kafka:kafka-tools (the version of kafka-clients) in launcher/pom.xml", e);
        }
        main.invoke((Object) arguments.toArray(String[]::new));
    }
}
