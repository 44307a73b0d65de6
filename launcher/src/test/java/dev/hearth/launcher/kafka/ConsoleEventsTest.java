package dev.hearth.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleEventsTest {

    @Test
    void the_console_consumer_prints_headers_and_keys_and_stops_when_idle() {
        List<String> arguments = ConsoleEvents.arguments("localhost:9092", "hearth.commitments.v1", true,
                Duration.ofSeconds(10), false);

        assertThat(arguments).containsSequence("--bootstrap-server", "localhost:9092")
                .containsSequence("--topic", "hearth.commitments.v1")
                .containsSequence("--property", "print.headers=true")
                .containsSequence("--property", "print.key=true")
                .contains("--from-beginning")
                .containsSequence("--timeout-ms", "10000");
    }

    @Test
    void following_keeps_the_consumer_open() {
        List<String> arguments = ConsoleEvents.arguments("localhost:9092", "hearth.couples.v1", false,
                Duration.ofSeconds(10), true);

        assertThat(arguments).doesNotContain("--timeout-ms", "--from-beginning");
    }
}
