package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader the compose checks stand on: placeholders and relaxed names as Spring sees them. */
class ApplicationConfigTest {

    private final ApplicationConfig config = new ApplicationConfig(Map.of(
            "server", Map.of("port", "${SHOP_PORT:8090}"),
            "spring", Map.of("datasource", Map.of(
                    "url", "${SHOP_DATASOURCE_URL:jdbc:postgresql://localhost:${SHOP_POSTGRES_PORT:5432}/shop}",
                    "username", "${SHOP_USER}")),
            "routes", List.of(Map.of("uri", "${STOCK_URL:http://localhost:8091}"))));

    @Test
    void nested_placeholders_and_those_in_lists_are_found_with_their_defaults() {
        assertThat(config.placeholders())
                .containsEntry("SHOP_DATASOURCE_URL", "jdbc:postgresql://localhost:${SHOP_POSTGRES_PORT:5432}/shop")
                .containsEntry("SHOP_POSTGRES_PORT", "5432")
                .containsEntry("SHOP_USER", null)
                .containsEntry("STOCK_URL", "http://localhost:8091");
        assertThat(config.onlyPlaceholderOf("spring.datasource.url")).isEqualTo("SHOP_DATASOURCE_URL");
        assertThat(config.port()).isEqualTo(8090);
    }

    @Test
    void an_application_reads_its_placeholders_and_the_relaxed_names_of_its_properties_only() {
        assertThat(config.reads("SHOP_POSTGRES_PORT")).isTrue();
        assertThat(config.reads("SPRING_DATASOURCE_USERNAME")).isTrue();
        assertThat(config.reads("SPRING_DATASOURCE_PASSWORD")).isFalse();
        assertThat(config.reads("SHOP_PASSWORD")).isFalse();
        assertThat(ApplicationConfig.environmentName("spring.kafka.bootstrap-servers")).isEqualTo("SPRING_KAFKA_BOOTSTRAPSERVERS");
    }
}
