package dev.hearth.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmFlagsTest {

    private static final JvmFlags START_UP = new JvmFlags("start-up", List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    private static final JvmFlags TUNED = new JvmFlags("tuned", List.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"));

    @TempDir
    Path run;

    @Test
    void the_recorded_flags_are_read_back_as_written() {
        Path file = run.resolve("gateway.jvm");

        TUNED.write(file);

        assertThat(JvmFlags.read(file)).contains(TUNED);
    }

    @Test
    void no_record_reads_as_nothing_and_deleting_it_twice_is_harmless() {
        Path file = run.resolve("mongo.jvm");

        JvmFlags.delete(file);

        assertThat(JvmFlags.read(file)).isEmpty();
    }

    @Test
    void a_component_running_with_another_profile_is_restarted() {
        assertThat(JvmFlags.needsRestart(Optional.of(START_UP), TUNED)).isTrue();
        assertThat(JvmFlags.needsRestart(Optional.of(TUNED), START_UP)).isTrue();
    }

    @Test
    void a_component_running_with_the_wanted_flags_is_left_alone() {
        assertThat(JvmFlags.needsRestart(Optional.of(TUNED), TUNED)).isFalse();
    }

    @Test
    void the_users_own_flags_differ_from_a_profile_and_from_other_own_flags() {
        JvmFlags custom = new JvmFlags("custom", List.of("-Xmx1g"));

        assertThat(JvmFlags.needsRestart(Optional.of(START_UP), custom)).isTrue();
        assertThat(JvmFlags.needsRestart(Optional.of(custom), new JvmFlags("custom", List.of("-Xmx2g")))).isTrue();
        assertThat(JvmFlags.needsRestart(Optional.of(custom), custom)).isFalse();
    }

    @Test
    void a_component_started_before_profiles_were_recorded_is_restarted_only_for_the_tuned_profile() {
        assertThat(JvmFlags.needsRestart(Optional.empty(), START_UP)).isFalse();
        assertThat(JvmFlags.needsRestart(Optional.empty(), new JvmFlags("custom", List.of("-Xmx1g")))).isFalse();
        assertThat(JvmFlags.needsRestart(Optional.empty(), TUNED)).isTrue();
    }
}
