package dev.hearth.launcher.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.tools.consumer.ConsoleConsumer;

/**
 * {@code ./hearth events}: Kafka's own console consumer (from {@code org.apache.kafka:kafka-tools})
 * printing each record's partition, offset, headers (the CloudEvents attributes), key and value.
 * Bounded by default: it exits after a stretch with no new record, so a script never hangs.
 */
public final class ConsoleEvents {

    /** The tool's class, which is also the name of the logger it reports through. */
    static final String CONSOLE_CONSUMER = ConsoleConsumer.class.getName();
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

    /** Runs the console consumer in this JVM; it may end this JVM when it is done. */
    public static void run(List<String> arguments) throws Exception {
        ConsoleConsumer.main(arguments.toArray(String[]::new));
    }
}
