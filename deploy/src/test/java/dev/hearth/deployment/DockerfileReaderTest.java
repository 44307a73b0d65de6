package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader the image checks stand on: build arguments replaced where Docker replaces them, and only there. */
class DockerfileReaderTest {

    private final Dockerfile dockerfile = Dockerfile.parse("Dockerfile", """
            # a comment
            FROM eclipse-temurin:25-jre
            ARG APP
            ARG TAG=1.0
            COPY ${APP}/target/${APP}-${TAG}.jar /app.jar
            ENV APP_PORT=9000 \\
                NAME=${APP}
            EXPOSE ${APP_PORT}
            HEALTHCHECK CMD curl "http://localhost:${APP_PORT}/health"
            """);

    @Test
    void arguments_are_the_declared_names_with_their_defaults() {
        assertThat(dockerfile.arguments()).containsEntry("APP", null).containsEntry("TAG", "1.0").hasSize(2);
    }

    @Test
    void building_replaces_arguments_and_earlier_variables_in_build_time_instructions_only() {
        Dockerfile built = dockerfile.build(Map.of("APP", "shop"));

        assertThat(built.only("COPY")).isEqualTo("shop/target/shop-1.0.jar /app.jar");
        assertThat(built.environment()).containsEntry("APP_PORT", "9000").containsEntry("NAME", "shop");
        assertThat(built.only("EXPOSE")).isEqualTo("9000");
        assertThat(built.only("HEALTHCHECK")).as("the shell expands it when the check runs").contains("${APP_PORT}");
    }

    @Test
    void a_given_argument_overrides_its_default() {
        assertThat(dockerfile.build(Map.of("APP", "shop", "TAG", "2.0")).only("COPY")).isEqualTo("shop/target/shop-2.0.jar /app.jar");
    }

    @Test
    void an_argument_without_a_value_or_one_the_file_does_not_declare_fails() {
        assertThatThrownBy(() -> dockerfile.build(Map.of())).hasMessageContaining("${APP} has no value");
        assertThatThrownBy(() -> dockerfile.build(Map.of("APP", "shop", "PORT", "1"))).hasMessageContaining("no build argument PORT");
    }
}
