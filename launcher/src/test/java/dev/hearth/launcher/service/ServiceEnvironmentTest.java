package dev.hearth.launcher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Ports;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private static final Ports PORTS = new Ports(19092, 19093, 15432, 37017, 18081, 18082, 18083, 18080, 18090);
    private static final String KEY = "file:/home/me/.hearth/keys/public.pem";
    private static final Function<String, String> MASTER = service -> "file:/home/me/.hearth/keys/" + service + "-master.key";
    private static final String SECRET = "file:/home/me/.hearth/keys/invite-secret";

    @Test
    void every_service_gets_the_local_infrastructure_and_key() {
        for (Component service : Component.services()) {
            assertThat(ServiceEnvironment.of(service, PORTS, KEY, MASTER, SECRET)).contains(
                    entry("AXONIQ_UPDATE_CHECKER_DISABLED", "true"),
                    entry("HEARTH_KAFKA_BOOTSTRAP", "localhost:19092"),
                    entry("HEARTH_MONGODB_URI", "mongodb://localhost:37017"),
                    entry("HEARTH_POSTGRES_PORT", "15432"),
                    entry("HEARTH_JWT_PUBLIC_KEY", KEY),
                    entry("JOURNAL_PORT", "18081"),
                    entry("GATEWAY_PORT", "18080"));
        }
    }

    @Test
    void a_write_service_gets_its_own_database() {
        Map<String, String> journal = ServiceEnvironment.of(Component.JOURNAL, PORTS, KEY, MASTER, SECRET);
        Map<String, String> commitment = ServiceEnvironment.of(Component.COMMITMENT, PORTS, KEY, MASTER, SECRET);

        assertThat(journal).contains(entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/hearth_journal"),
                entry("SPRING_DATASOURCE_USERNAME", "postgres"), entry("SPRING_DATASOURCE_PASSWORD", "postgres"));
        assertThat(commitment).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/hearth_commitment");
    }

    @Test
    void each_write_service_gets_its_own_master_key_as_a_file_and_the_others_none() {
        assertThat(ServiceEnvironment.of(Component.JOURNAL, PORTS, KEY, MASTER, SECRET))
                .containsEntry("HEARTH_MASTER_KEY", "file:/home/me/.hearth/keys/journal-master.key");
        assertThat(ServiceEnvironment.of(Component.COMMITMENT, PORTS, KEY, MASTER, SECRET))
                .containsEntry("HEARTH_MASTER_KEY", "file:/home/me/.hearth/keys/commitment-master.key");
        assertThat(ServiceEnvironment.of(Component.INSIGHTS, PORTS, KEY, MASTER, SECRET)).doesNotContainKey("HEARTH_MASTER_KEY");
        assertThat(ServiceEnvironment.of(Component.GATEWAY, PORTS, KEY, MASTER, SECRET)).doesNotContainKey("HEARTH_MASTER_KEY");
    }

    @Test
    void only_the_journal_which_makes_invites_gets_the_invite_secret() {
        assertThat(ServiceEnvironment.of(Component.JOURNAL, PORTS, KEY, MASTER, SECRET)).containsEntry("HEARTH_INVITE_SECRET", SECRET);
        for (Component service : new Component[] {Component.COMMITMENT, Component.INSIGHTS, Component.GATEWAY}) {
            assertThat(ServiceEnvironment.of(service, PORTS, KEY, MASTER, SECRET)).as(service.name()).doesNotContainKey("HEARTH_INVITE_SECRET");
        }
    }

    @Test
    void insights_and_the_gateway_get_no_database() {
        assertThat(ServiceEnvironment.of(Component.INSIGHTS, PORTS, KEY, MASTER, SECRET)).doesNotContainKey("SPRING_DATASOURCE_URL");
        assertThat(ServiceEnvironment.of(Component.GATEWAY, PORTS, KEY, MASTER, SECRET)).doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void the_gateway_knows_where_each_service_answers() {
        assertThat(ServiceEnvironment.of(Component.GATEWAY, PORTS, KEY, MASTER, SECRET)).contains(
                entry("JOURNAL_URL", "http://localhost:18081"),
                entry("COMMITMENT_URL", "http://localhost:18082"),
                entry("INSIGHTS_URL", "http://localhost:18083"),
                entry("HEARTH_GATEWAY_MANAGEMENT_PORT", "18090"));
    }

    @Test
    void the_rate_limits_set_in_the_callers_environment_are_passed_on_and_nothing_else() {
        Map<String, String> caller = Map.of("HEARTH_RATE_LIMIT_USER_RATE", " 5 ", "HEARTH_RATE_LIMIT_ENABLED", "false",
                "HEARTH_RATE_LIMIT_USER_BURST", "", "HOME", "/home/me");

        assertThat(RateLimits.from(caller)).containsOnly(
                entry("HEARTH_RATE_LIMIT_USER_RATE", "5"), entry("HEARTH_RATE_LIMIT_ENABLED", "false"));
    }

    @Test
    void the_raised_limits_are_far_above_a_benchmark_and_yield_to_the_callers_own() {
        Map<String, String> raised = RateLimits.raised(Map.of("HEARTH_RATE_LIMIT_USER_RATE", "50"));

        assertThat(raised).containsEntry("HEARTH_RATE_LIMIT_USER_RATE", "50")
                .containsEntry("HEARTH_RATE_LIMIT_USER_BURST", "100000")
                .containsEntry("HEARTH_RATE_LIMIT_ANONYMOUS_RATE", "100000");
        assertThat(RateLimits.VARIABLES).containsAll(RateLimits.RAISED.keySet());
    }
}
