package dev.hearth.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void no_arguments_ask_for_help() {
        assertThat(CommandLine.parse(List.of()).command()).isEqualTo(new Command.Help());
    }

    @Test
    void up_builds_what_is_missing_unless_told_not_to() {
        assertThat(CommandLine.parse(List.of("up")).command()).isEqualTo(new Command.Up(true, false, false, false));
        assertThat(CommandLine.parse(List.of("up", "--no-build")).command()).isEqualTo(new Command.Up(false, false, false, false));
        assertThat(CommandLine.parse(List.of("up", "--build", "--free-ports")).command())
                .isEqualTo(new Command.Up(true, true, true, false));
    }

    @Test
    void up_tuned_asks_for_the_throughput_profile() {
        assertThat(CommandLine.parse(List.of("up", "--tuned", "--no-build")).command())
                .isEqualTo(new Command.Up(false, false, false, true));
    }

    @Test
    void home_may_come_anywhere_on_the_line() {
        CommandLine.Invocation before = CommandLine.parse(List.of("--home", "/tmp/h", "up", "--no-build"));
        CommandLine.Invocation after = CommandLine.parse(List.of("up", "--no-build", "--home=/tmp/h"));

        assertThat(before.home()).contains(Path.of("/tmp/h"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void down_keeps_data_unless_wiped() {
        assertThat(CommandLine.parse(List.of("down")).command()).isEqualTo(new Command.Down(false));
        assertThat(CommandLine.parse(List.of("down", "--wipe")).command()).isEqualTo(new Command.Down(true));
    }

    @Test
    void a_token_is_for_a_member_for_twelve_hours_by_default() {
        Command.Token token = (Command.Token) CommandLine.parse(List.of("token", "alice")).command();

        assertThat(token).isEqualTo(new Command.Token("alice", List.of(), Duration.ofHours(12), Optional.empty()));
    }

    @Test
    void a_token_takes_roles_a_lifetime_and_another_key() {
        Command.Token token = (Command.Token) CommandLine.parse(List.of(
                "token", "--role", "analyst", "bob", "--role", "ADMIN", "--ttl", "30m", "--key", "other.pem")).command();

        assertThat(token.user()).isEqualTo("bob");
        assertThat(token.roles()).containsExactly("analyst", "admin");
        assertThat(token.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(token.key()).contains(Path.of("other.pem"));
    }

    @Test
    void a_user_id_is_taken_exactly_as_given_even_after_a_double_dash() {
        String uuid = "3f2b1c4e-9a7d-4e21-8c55-0d6f1a2b3c4d";

        Command.Token plain = (Command.Token) CommandLine.parse(List.of("token", uuid)).command();
        Command.Token dashed = (Command.Token) CommandLine.parse(List.of("token", "--", "--odd|user@x")).command();

        assertThat(plain.user()).isEqualTo(uuid);
        assertThat(dashed.user()).isEqualTo("--odd|user@x");
    }

    @Test
    void an_unknown_role_is_refused_rather_than_minted() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("token", "alice", "--role", "root")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown role 'root'");
    }

    @Test
    void a_token_needs_exactly_one_user() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("token"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("token", "alice", "bob")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("one user only");
    }

    @Test
    void lifetimes_read_as_people_write_them() {
        assertThat(CommandLine.duration("90s", "--ttl")).isEqualTo(Duration.ofSeconds(90));
        assertThat(CommandLine.duration("12h", "--ttl")).isEqualTo(Duration.ofHours(12));
        assertThat(CommandLine.duration("7d", "--ttl")).isEqualTo(Duration.ofDays(7));
        assertThat(CommandLine.duration("PT2H30M", "--ttl")).isEqualTo(Duration.ofMinutes(150));
        assertThat(CommandLine.duration("-1h", "--ttl")).isEqualTo(Duration.ofHours(-1));
        assertThatThrownBy(() -> CommandLine.duration("soon", "--ttl"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--ttl");
    }

    @Test
    void events_are_bounded_unless_followed() {
        Command.Events bounded = (Command.Events) CommandLine.parse(
                List.of("events", "hearth.commitments.v1", "--from-beginning")).command();
        Command.Events followed = (Command.Events) CommandLine.parse(
                List.of("events", "hearth.couples.v1", "--follow", "--idle", "3s")).command();

        assertThat(bounded).isEqualTo(new Command.Events("hearth.commitments.v1", true, false, Duration.ofSeconds(10)));
        assertThat(followed).isEqualTo(new Command.Events("hearth.couples.v1", false, true, Duration.ofSeconds(3)));
    }

    @Test
    void events_need_a_topic() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("events", "--from-beginning")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("which topic");
    }

    @Test
    void unknown_commands_and_options_are_usage_errors() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("start"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("up", "--fast"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("up", "--build", "--no-build"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("status", "now"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("down", "--force"))).isInstanceOf(UsageException.class);
    }

    @Test
    void bench_hands_its_options_to_the_benchmark_as_they_are() {
        CommandLine.Invocation invocation = CommandLine.parse(List.of("bench", "--runs", "1", "--home", "/tmp/h", "--help"));

        assertThat(invocation.command()).isEqualTo(new Command.Bench(List.of("--runs", "1", "--help")));
        assertThat(invocation.home()).contains(Path.of("/tmp/h"));
    }
}
