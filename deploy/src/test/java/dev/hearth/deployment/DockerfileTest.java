package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service images: Java 17, the module's own jar, no root, readiness as their health. */
class DockerfileTest {

    @Test
    void each_image_runs_its_modules_jar_on_a_java_17_runtime() {
        for (String service : Repository.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);

            assertThat(dockerfile.only("FROM")).as(service).isEqualTo("eclipse-temurin:17-jre");
            assertThat(dockerfile.only("COPY")).as(service)
                    .isEqualTo("target/" + service + "-" + Repository.version() + ".jar /app/app.jar");
            assertThat(dockerfile.only("ENTRYPOINT")).as(service).startsWith("[\"java\"").endsWith("\"-jar\", \"/app/app.jar\"]");
        }
    }

    @Test
    void each_image_runs_as_a_user_that_is_not_root() {
        for (String service : Repository.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            String user = dockerfile.only("USER");

            assertThat(user).as(service).isNotIn("root", "0");
            assertThat(dockerfile.all("RUN")).as(service).anySatisfy(run -> assertThat(run).contains("useradd").contains(user));
        }
    }

    @Test
    void each_image_listens_and_reports_readiness_on_the_port_its_configuration_names() {
        for (String service : Repository.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            ApplicationConfig config = ApplicationConfig.of(service);

            assertThat(dockerfile.only("EXPOSE")).as(service).isEqualTo(String.valueOf(config.port()));
            assertThat(environment(dockerfile)).as(service).contains(config.portVariable() + "=" + config.port());
            assertThat(dockerfile.only("HEALTHCHECK")).as(service)
                    .contains("http://localhost:${" + config.portVariable() + "}/actuator/health/readiness");
        }
    }

    @Test
    void each_image_disables_the_axoniq_update_checker() {
        for (String service : Repository.SERVICES) {
            assertThat(environment(Dockerfile.of(service))).as(service).contains("AXONIQ_UPDATE_CHECKER_DISABLED=true");
        }
    }

    /** {@code ENV A=1 B=2} as {@code [A=1, B=2]}. */
    private static List<String> environment(Dockerfile dockerfile) {
        return dockerfile.all("ENV").stream().flatMap(env -> Arrays.stream(env.split("\\s+"))).toList();
    }
}
