package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.deployment.ComposeFile.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine): these checks hold it to the services'
 * configuration instead, so a renamed variable or a new database breaks the build, not a deploy.
 */
class ComposeFileTest {

    private static final String INVITE_SECRET = "hearth-invite-secret";

    private static final String HEALTHY = "service_healthy";
    private static final String COMPLETED = "service_completed_successfully";
    /** The broker's listener for clients on the compose network. */
    private static final String KAFKA = "kafka:9092";
    /** Read by Axon (every service gets it, Axon or not), not by Spring. */
    private static final String AXONIQ_UPDATE_CHECKER = "AXONIQ_UPDATE_CHECKER_DISABLED";

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void the_platform_is_postgresql_mongodb_kafka_the_topic_step_the_four_services_and_prometheus() {
        assertThat(compose.serviceNames()).containsExactlyInAnyOrder(
                "postgres", "mongo", "kafka", "topics-init",
                "journal-service", "commitment-service", "insights-service", "gateway",
                "prometheus");
    }

    @Test
    void the_servers_are_the_versions_the_platform_is_built_for() {
        assertThat(compose.service("postgres").image()).hasValue("postgres:18");
        assertThat(compose.service("mongo").image()).hasValue("mongo:8");
        assertThat(compose.service("kafka").image()).hasValueSatisfying(image -> assertThat(image).matches("apache/kafka:4\\.1\\.\\d+"));
        assertThat(compose.service("topics-init").image()).isEqualTo(compose.service("kafka").image());
        assertThat(compose.service("prometheus").image()).hasValueSatisfying(image -> assertThat(image).startsWith("prom/prometheus:v"));
    }

    @Test
    void each_service_is_built_from_the_one_dockerfile_for_its_module_and_tagged_with_the_project_version() {
        for (String name : Repository.SERVICES) {
            Service service = compose.service(name);

            assertThat(service.build()).as(name + ": the repository root, where every module's jar is").hasValue(".");
            assertThat(service.dockerfile()).as(name).hasValue(Dockerfile.PATH);
            assertThat(service.buildArgs()).as(name).containsEntry("SERVICE", name);
            assertThat(service.image()).as(name).hasValue("hearth/" + name + ":" + Repository.version());
        }
        assertThat(compose.services()).filteredOn(service -> service.build().isPresent())
                .extracting(Service::name).containsExactlyInAnyOrderElementsOf(Repository.SERVICES);
    }

    @Test
    void only_the_gateway_and_prometheus_are_reachable_from_the_host() {
        int gatewayPort = ApplicationConfig.of("gateway").port();

        assertThat(compose.service("gateway").ports()).containsExactly("${GATEWAY_PORT:-8080}:" + gatewayPort);
        assertThat(compose.service("prometheus").ports()).containsExactly("${PROMETHEUS_PORT:-9090}:9090");
        assertThat(compose.services()).filteredOn(service -> !service.ports().isEmpty())
                .extracting(Service::name).containsExactlyInAnyOrder("gateway", "prometheus");
    }

    @Test
    void every_long_running_container_has_a_health_check_in_the_file_or_in_its_image() {
        for (Service service : compose.services()) {
            if (isOneShot(service)) {
                continue;
            }
            if (service.build().isPresent()) {
                assertThat(service.healthcheck()).as(service.name() + " keeps its image's check").isEmpty();
                assertThat(Dockerfile.forService(service.name()).only("HEALTHCHECK")).as(service.name()).contains("/actuator/health/readiness");
            } else {
                assertThat(service.healthcheck()).as(service.name()).hasValueSatisfying(check ->
                        assertThat(check.get("test")).as(service.name()).isNotNull());
            }
        }
    }

    @Test
    void every_dependency_waits_for_health_or_for_a_one_shot_step_to_finish() {
        for (Service service : compose.services()) {
            service.dependsOn().forEach((dependency, condition) -> {
                String expected = isOneShot(compose.service(dependency)) ? COMPLETED : HEALTHY;
                assertThat(condition).as(service.name() + " → " + dependency).isEqualTo(expected);
            });
        }
    }

    @Test
    void a_service_starts_once_its_databases_and_the_broker_are_healthy_and_the_topics_exist() {
        for (String name : List.of("journal-service", "commitment-service", "insights-service")) {
            ApplicationConfig config = ApplicationConfig.of(name);
            List<String> needs = new ArrayList<>(List.of("mongo", "kafka", "topics-init"));
            if (config.property("spring.datasource.url").isPresent()) {
                needs.add("postgres");
            }

            assertThat(compose.service(name).dependsOn().keySet()).as(name).containsExactlyInAnyOrderElementsOf(needs);
        }
    }

    @Test
    void the_gateway_starts_once_the_three_services_are_healthy() {
        assertThat(compose.service("gateway").dependsOn()).containsOnly(
                Map.entry("journal-service", HEALTHY),
                Map.entry("commitment-service", HEALTHY),
                Map.entry("insights-service", HEALTHY));
    }

    @Test
    void topics_init_runs_the_topic_script_once_the_broker_is_healthy_and_is_not_restarted() {
        Service topicsInit = compose.service("topics-init");

        assertThat(topicsInit.restart()).isEqualTo("no");
        assertThat(topicsInit.healthcheck()).isEmpty();
        assertThat(topicsInit.dependsOn()).containsOnly(Map.entry("kafka", HEALTHY));
        assertThat(topicsInit.volumes()).contains("./deploy/kafka/create-topics.sh:/deploy/create-topics.sh:ro");
        assertThat(topicsInit.entrypoint()).containsExactly("bash", "/deploy/create-topics.sh");
        assertThat(topicsInit.environment()).containsEntry("HEARTH_KAFKA_BOOTSTRAP", KAFKA);
    }

    @Test
    void the_services_listen_on_the_loopback_by_default_and_on_the_compose_network_in_compose() {
        for (String name : List.of("journal-service", "commitment-service", "insights-service")) {
            ApplicationConfig config = ApplicationConfig.of(name);
            String bindVariable = config.onlyPlaceholderOf("server.address");

            assertThat(bindVariable).as(name).isEqualTo("HEARTH_BIND_ADDRESS");
            assertThat(config.defaultOf(bindVariable)).as(name).isEqualTo("127.0.0.1");
            assertThat(compose.service(name).environment()).as(name).containsEntry(bindVariable, "0.0.0.0");
        }
        ApplicationConfig gateway = ApplicationConfig.of("gateway");
        assertThat(gateway.onlyPlaceholderOf("hearth.gateway.management.address")).isEqualTo("HEARTH_BIND_ADDRESS");
        assertThat(compose.service("gateway").environment()).containsEntry("HEARTH_BIND_ADDRESS", "0.0.0.0");
    }

    @Test
    void the_axoniq_update_checker_is_disabled_in_every_service() {
        for (String name : Repository.SERVICES) {
            assertThat(compose.service(name).environment()).as(name).containsEntry(AXONIQ_UPDATE_CHECKER, "true");
        }
    }

    @Test
    void every_variable_given_to_a_service_is_one_its_configuration_reads() {
        for (String name : Repository.SERVICES) {
            ApplicationConfig config = ApplicationConfig.of(name);

            assertThat(compose.service(name).environment().keySet()).as(name + ": not read by its application.yml")
                    .allSatisfy(variable -> assertThat(variable.equals(AXONIQ_UPDATE_CHECKER) || config.reads(variable))
                            .as(variable).isTrue());
        }
    }

    @Test
    void every_default_that_points_at_the_developers_machine_is_overridden() {
        for (String name : Repository.SERVICES) {
            Map<String, @Nullable String> localDefaults = new LinkedHashMap<>();
            ApplicationConfig.of(name).placeholders().forEach((variable, fallback) -> {
                if (fallback != null && (fallback.contains("localhost") || fallback.contains(".hearth/"))) {
                    localDefaults.put(variable, fallback);
                }
            });

            assertThat(compose.service(name).environment()).as(name).containsKeys(localDefaults.keySet().toArray(String[]::new));
        }
    }

    @Test
    void the_write_services_use_their_own_database_on_the_postgres_service_and_the_init_script_creates_it() {
        String initScript = Repository.read("deploy/postgres/10-create-databases.sql");
        assertThat(compose.service("postgres").volumes()).contains("./deploy/postgres:/docker-entrypoint-initdb.d:ro");

        for (String name : List.of("journal-service", "commitment-service")) {
            ApplicationConfig config = ApplicationConfig.of(name);
            String urlVariable = config.onlyPlaceholderOf("spring.datasource.url");
            String database = lastPathSegment(config.defaultOf(urlVariable));
            String url = compose.service(name).environment().get(urlVariable);

            assertThat(url).as(name).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(initScript).as(name).contains("CREATE DATABASE " + database + ";");
        }
    }

    @Test
    void the_services_reach_the_mongo_replica_set_and_the_broker_by_their_compose_names() {
        assertThat(compose.service("mongo").command()).containsSequence("--replSet", "rs0");

        for (String name : List.of("journal-service", "commitment-service", "insights-service")) {
            ApplicationConfig config = ApplicationConfig.of(name);
            Map<String, String> environment = compose.service(name).environment();

            assertThat(environment.get(config.onlyPlaceholderOf("spring.mongodb.uri"))).as(name)
                    .isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
            assertThat(environment.get(config.onlyPlaceholderOf("spring.kafka.bootstrap-servers"))).as(name)
                    .isEqualTo(KAFKA);
        }
    }

    @Test
    void the_broker_is_one_kraft_node_advertised_on_the_compose_network_that_creates_no_topic_by_itself() {
        Map<String, String> kafka = compose.service("kafka").environment();

        assertThat(kafka).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + KAFKA)
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsKey("CLUSTER_ID");
    }

    @Test
    void the_gateway_routes_to_each_service_at_the_port_it_listens_on() {
        ApplicationConfig gateway = ApplicationConfig.of("gateway");
        Map<String, String> environment = compose.service("gateway").environment();

        for (String name : List.of("journal-service", "commitment-service", "insights-service")) {
            String routeVariable = name.replaceFirst("-service$", "").toUpperCase(Locale.ROOT) + "_URL";

            assertThat(gateway.placeholders()).as(name).containsKey(routeVariable);
            assertThat(environment.get(routeVariable)).as(name)
                    .isEqualTo("http://" + name + ":" + ApplicationConfig.of(name).port());
        }
    }

    @Test
    void every_service_trusts_the_public_key_mounted_as_a_secret() {
        String secret = "hearth-jwt-public-key";
        assertThat(compose.section("secrets")).containsKey(secret).containsKey(INVITE_SECRET);

        for (String name : Repository.SERVICES) {
            Service service = compose.service(name);
            String keyVariable = ApplicationConfig.of(name)
                    .onlyPlaceholderOf("spring.security.oauth2.resourceserver.jwt.public-key-location");

            assertThat(service.secrets()).as(name).contains(secret);
            assertThat(service.environment()).as(name).containsEntry(keyVariable, "file:/run/secrets/" + secret);
        }
    }

    @Test
    void every_service_that_seals_reads_its_own_master_key_from_a_secret_of_its_own() {
        Map<String, String> sealing = new LinkedHashMap<>();
        for (String name : Repository.SERVICES) {
            ApplicationConfig config = ApplicationConfig.of(name);
            if (config.placeholders().containsKey("HEARTH_MASTER_KEY")) {
                String service = name.replaceFirst("-service$", "");
                sealing.put(name, "hearth-" + service + "-master-key");
            } else {
                assertThat(compose.service(name).secrets()).as(name).containsExactly("hearth-jwt-public-key");
            }
        }

        assertThat(sealing).containsKey("journal-service");
        sealing.forEach((name, secret) -> {
            assertThat(compose.service(name).secrets()).as(name).contains("hearth-jwt-public-key", secret);
            assertThat(compose.service(name).environment()).as(name).containsEntry("HEARTH_MASTER_KEY", "file:/run/secrets/" + secret);
        });
        assertThat(compose.section("secrets").keySet()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("hearth-jwt-public-key", INVITE_SECRET), sealing.values().stream()).toList());
    }

    @Test
    void only_the_journal_gets_the_invite_secret_and_reads_it_from_the_mounted_file() {
        String variable = ApplicationConfig.of("journal-service").onlyPlaceholderOf("hearth.invites.secret");

        assertThat(variable).isEqualTo("HEARTH_INVITE_SECRET");
        assertThat(compose.service("journal-service").secrets()).contains(INVITE_SECRET);
        assertThat(compose.service("journal-service").environment()).containsEntry(variable, "file:/run/secrets/" + INVITE_SECRET);
        for (String name : Repository.SERVICES) {
            if (!name.equals("journal-service")) {
                assertThat(compose.service(name).secrets()).as(name).doesNotContain(INVITE_SECRET);
                assertThat(compose.service(name).environment()).as(name).doesNotContainKey(variable);
            }
        }
    }

    @Test
    void every_named_volume_is_declared_and_used() {
        List<String> used = compose.services().stream()
                .flatMap(service -> service.volumes().stream())
                .map(volume -> volume.substring(0, volume.indexOf(':')))
                .filter(source -> !source.startsWith("."))
                .toList();

        assertThat(compose.section("volumes").keySet()).containsExactlyInAnyOrderElementsOf(used);
    }

    private static boolean isOneShot(Service service) {
        return service.restart().equals("no");
    }

    private static String lastPathSegment(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }
}
