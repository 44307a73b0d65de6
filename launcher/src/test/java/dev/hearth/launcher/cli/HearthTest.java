package dev.hearth.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HearthTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void token_prints_the_jwt_alone_on_its_last_line(@TempDir Path repo) throws Exception {
        int exit = hearth(repo).run(List.of("token", "alice", "--role", "admin"));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        SignedJWT jwt = SignedJWT.parse(lines[lines.length - 1]);
        assertThat(exit).isZero();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("member", "admin");
    }

    @Test
    void the_first_token_creates_the_key_pair_in_the_default_home(@TempDir Path repo) {
        hearth(repo).run(List.of("token", "alice"));

        assertThat(repo.resolve(".hearth/keys/private.pem")).exists();
        assertThat(repo.resolve(".hearth/keys/public.pem")).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("created the local key pair");
    }

    @Test
    void a_home_given_on_the_command_line_wins_over_the_environment(@TempDir Path repo) {
        Hearth hearth = new Hearth(print(out), print(err), Map.of("HEARTH_HOME", repo.resolve("env").toString()), repo);

        hearth.run(List.of("token", "alice", "--home", repo.resolve("flag").toString()));

        assertThat(repo.resolve("flag/keys/private.pem")).exists();
        assertThat(repo.resolve("env")).doesNotExist();
    }

    @Test
    void a_usage_error_exits_with_two_and_says_what_is_wrong(@TempDir Path repo) {
        int exit = hearth(repo).run(List.of("token"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("which user?");
    }

    @Test
    void status_of_a_platform_never_started_shows_every_component_stopped(@TempDir Path repo) {
        Map<String, String> freePorts = Map.of("HEARTH_KAFKA_PORT", "1", "HEARTH_POSTGRES_PORT", "2", "HEARTH_MONGO_PORT", "3",
                "JOURNAL_PORT", "4", "COMMITMENT_PORT", "5", "INSIGHTS_PORT", "6", "GATEWAY_PORT", "7");
        int exit = new Hearth(print(out), print(err), freePorts, repo).run(List.of("status"));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(table).contains("kafka", "postgres", "mongo", "journal-service", "commitment-service",
                "insights-service", "gateway");
        assertThat(table.lines().skip(1)).allMatch(line -> line.contains("STOPPED"));
        assertThat(table.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("PROFILE"));
    }

    @Test
    void help_tells_the_tuned_profile(@TempDir Path repo) {
        hearth(repo).run(List.of("help"));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--tuned", "full JIT", "profile");
    }

    @Test
    void help_lists_every_command(@TempDir Path repo) {
        int exit = hearth(repo).run(List.of("help"));

        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(Command.class.getPermittedSubclasses()).allSatisfy(command ->
                assertThat(help).contains("\n  " + command.getSimpleName().toLowerCase(Locale.ROOT) + " "));
    }

    private Hearth hearth(Path repo) {
        return new Hearth(print(out), print(err), Map.of(), repo);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
