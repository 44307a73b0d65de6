package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessWaitTest {

    @TempDir
    Path root;

    private final List<String> progress = new ArrayList<>();

    @Test
    void a_component_that_becomes_ready_ends_the_wait() {
        AtomicInteger polls = new AtomicInteger();

        wait(Duration.ofSeconds(30)).untilReady(Component.MONGO, () -> true, () -> "gone", () -> polls.incrementAndGet() >= 2);

        assertThat(polls).hasValue(2);
    }

    @Test
    void a_process_that_exits_while_starting_fails_with_its_exit_code_and_the_end_of_its_log() throws Exception {
        PlatformHome home = new PlatformHome(root);
        home.createDirectories();
        Files.writeString(home.logFile(Component.POSTGRES), "starting\nFATAL: data directory is corrupt\n");
        Process exited = new ProcessBuilder("sh", "-c", "exit 3").start();
        exited.waitFor();

        assertThatThrownBy(() -> wait(Duration.ofSeconds(30)).untilReady(Component.POSTGRES, exited, () -> false))
                .isInstanceOfSatisfying(PlatformStartException.class, e -> {
                    assertThat(e.failures()).singleElement().satisfies(failure -> {
                        assertThat(failure.component()).isEqualTo(Component.POSTGRES);
                        assertThat(failure.reason()).isEqualTo("exited with code 3 while starting");
                        assertThat(failure.logTail()).endsWith("FATAL: data directory is corrupt");
                    });
                });
    }

    @Test
    void a_component_not_ready_by_the_deadline_fails_and_is_left_running() {
        assertThatThrownBy(() -> wait(Duration.ZERO).untilReady(Component.JOURNAL, () -> true, () -> "gone", () -> false))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("journal-service: not ready within 0 s (it keeps running)");
    }

    @Test
    void the_broker_is_never_given_less_than_a_second_to_start() {
        assertThat(wait(Duration.ZERO).remaining()).isEqualTo(Duration.ofSeconds(1));
        assertThat(wait(Duration.ofMinutes(3)).remaining()).isGreaterThan(Duration.ofMinutes(2));
    }

    @Test
    void the_failure_of_kafka_shows_the_brokers_own_log() {
        PlatformHome home = new PlatformHome(root);

        assertThat(ReadinessWait.failureOf(home, Component.KAFKA, "exited").log())
                .isEqualTo(home.kafkaDirectory().resolve("broker.log"));
    }

    private ReadinessWait wait(Duration timeout) {
        return ReadinessWait.startingNow(new PlatformHome(root), timeout, new Progress(progress::add));
    }
}
