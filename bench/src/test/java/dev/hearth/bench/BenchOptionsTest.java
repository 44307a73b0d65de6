package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchOptionsTest {

    @TempDir
    Path home;

    @Test
    void ports_come_from_the_homes_ports_file_before_the_environment_and_an_option_wins_over_both() throws IOException {
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/ports.properties"), """
                HEARTH_KAFKA_PORT=40001
                HEARTH_POSTGRES_PORT=40002
                HEARTH_MONGO_PORT=40003
                JOURNAL_PORT=40004
                COMMITMENT_PORT=40005
                INSIGHTS_PORT=40006
                GATEWAY_PORT=40007
                """);

        BenchOptions options = BenchOptions.parse(new String[] {"--home", home.toString(), "--insights", "http://localhost:9999"},
                Map.of("GATEWAY_PORT", "1111"));

        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:40007"));
        assertThat(options.journal()).isEqualTo(URI.create("http://localhost:40004"));
        assertThat(options.commitment()).isEqualTo(URI.create("http://localhost:40005"));
        assertThat(options.insights()).isEqualTo(URI.create("http://localhost:9999"));
        assertThat(options.postgresPort()).isEqualTo(40002);
        assertThat(options.kafkaBootstrap()).isEqualTo("localhost:40001");
        assertThat(options.mongoUri()).isEqualTo("mongodb://localhost:40003");
        assertThat(options.portsSource()).endsWith("ports.properties");
        assertThat(options.isDefaultHome()).isFalse();
    }

    @Test
    void without_a_ports_file_the_environment_and_then_the_fixed_ports_apply() {
        BenchOptions options = BenchOptions.parse(new String[] {"--home", home.toString()}, Map.of("GATEWAY_PORT", "1111"));

        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:1111"));
        assertThat(options.insights()).isEqualTo(URI.create("http://localhost:8083"));
        assertThat(options.postgresPort()).isEqualTo(5432);
    }

    @Test
    void the_home_may_come_from_hearth_home_and_an_option_may_be_written_with_an_equals_sign() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rate=7.5"}, Map.of("HEARTH_HOME", home.toString()));

        assertThat(options.home()).isEqualTo(home.toAbsolutePath().normalize());
        assertThat(options.rate()).isEqualTo(7.5);
    }

    @Test
    void a_sweep_runs_the_stages_unless_told_not_to_and_a_plain_run_only_when_asked() {
        assertThat(BenchOptions.parse(new String[] {"--sweep"}, Map.of()).stages()).isTrue();
        assertThat(BenchOptions.parse(new String[] {"--sweep", "--no-stages"}, Map.of()).stages()).isFalse();
        assertThat(BenchOptions.parse(new String[] {}, Map.of()).stages()).isFalse();
        assertThat(BenchOptions.parse(new String[] {"--stages"}, Map.of()).stages()).isTrue();
    }

    @Test
    void a_sweep_warms_a_cold_platform_for_three_minutes_and_up_to_ten_while_it_still_gets_faster_unless_told_otherwise() {
        assertThat(BenchOptions.parse(new String[] {"--sweep"}, Map.of()).sweepWarmup()).isEqualTo(Duration.ofMinutes(3));
        assertThat(BenchOptions.parse(new String[] {"--sweep"}, Map.of()).sweepWarmupMax()).isEqualTo(Duration.ofMinutes(10));
        assertThat(BenchOptions.parse(new String[] {"--sweep", "--sweep-warmup-max", "240"}, Map.of()).sweepWarmupMax())
                .isEqualTo(Duration.ofMinutes(4));
        assertThat(BenchOptions.parse(new String[] {"--sweep", "--sweep-warmup", "0"}, Map.of()).sweepWarmup()).isZero();
        assertThat(BenchOptions.parse(new String[] {"--sweep", "--sweep-warmup=12.5"}, Map.of()).sweepWarmup())
                .isEqualTo(Duration.ofMillis(12_500));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchOptions.parse(new String[] {"--sweep-warmup", "-1"}, Map.of()))
                .withMessageContaining("--sweep-warmup must not be negative");
    }

    @Test
    void sweep_rates_are_commands_per_second_and_must_increase() {
        BenchOptions options = BenchOptions.parse(new String[] {"--sweep", "--sweep-rates", "50, 100,400", "--step-duration", "2.5",
                "--json", "out/r.json", "--latencies", "out/lat"}, Map.of());

        assertThat(options.sweepRates()).containsExactly(50.0, 100.0, 400.0);
        assertThat(options.stepDuration()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.json()).isAbsolute();
        assertThat(options.json().endsWith(Path.of("out/r.json"))).isTrue();
        assertThat(options.latencies()).isAbsolute();
        assertThat(options.latencies().endsWith(Path.of("out/lat"))).isTrue();
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--sweep-rates", "200,100"}, Map.of()))
                .hasMessageContaining("increase");
    }

    @Test
    void a_share_of_the_promises_may_carry_a_due_time_none_by_default() {
        assertThat(BenchOptions.parse(new String[] {}, Map.of()).dueShare()).isZero();
        assertThat(BenchOptions.parse(new String[] {"--due-share", "0.5"}, Map.of()).dueShare()).isEqualTo(0.5);
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--due-share", "1.5"}, Map.of()))
                .hasMessageContaining("--due-share must be between 0 and 1");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--due-share", "-0.1"}, Map.of()))
                .hasMessageContaining("--due-share must be between 0 and 1");
    }

    @Test
    void the_defaults_keep_the_plain_run_as_it_was() {
        BenchOptions options = BenchOptions.parse(new String[] {}, Map.of());

        assertThat(options.sweep()).isFalse();
        assertThat(options.rate()).isEqualTo(20.0);
        assertThat(options.runs()).isEqualTo(3);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.json()).isNull();
        assertThat(options.latencies()).isNull();
        assertThat(options.isDefaultHome()).isTrue();
    }

    @Test
    void unknown_options_missing_values_and_bad_numbers_are_refused() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--speed", "1"}, Map.of())).hasMessageContaining("unknown option --speed");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate"}, Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate", "fast"}, Map.of())).hasMessageContaining("number");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--stages", "--no-stages"}, Map.of())).hasMessageContaining("contradict");
    }

    @Test
    void the_help_lists_every_option() {
        List<String> options = new java.util.ArrayList<>(BenchOptions.VALUE_OPTIONS);
        options.addAll(BenchOptions.FLAGS);

        assertThat(options).allSatisfy(option -> assertThat(BenchOptions.USAGE).contains(option + " "));
        assertThat(BenchOptions.wantsHelp(new String[] {"--sweep", "--help"})).isTrue();
    }
}
