package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API documentation at the edge: each service's document and the UI over them, open without a token. */
class ApiDocsTest extends GatewayTestSupport {

    @ParameterizedTest(name = "/v3/api-docs/{0} is {0}''s /v3/api-docs")
    @CsvSource({"journal", "commitment", "insights"})
    void each_services_document_is_routed_to_its_own_api_docs_without_a_token(String service) {
        ApiResponse response = get("/v3/api-docs/" + service, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode received = json(response);
        assertThat(received.get("service").asString()).isEqualTo(service);
        assertThat(received.get("path").asString()).isEqualTo("/v3/api-docs");
        assertThat(received.get("authorization").isNull()).isTrue();
    }

    @Test
    void the_swagger_ui_and_its_assets_are_served_without_a_token_and_list_the_three_documents() {
        ApiResponse entry = get("/swagger-ui.html", Map.of());
        ApiResponse page = get("/swagger-ui/index.html", Map.of());
        ApiResponse bundle = get("/swagger-ui/swagger-ui-bundle.js", Map.of());
        ApiResponse config = get("/v3/api-docs/swagger-config", Map.of());

        assertThat(entry.status()).as(entry.toString()).isIn(200, 302);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        assertThat(json(config).path("urls").findValuesAsString("url"))
                .containsExactlyInAnyOrder("/v3/api-docs/journal", "/v3/api-docs/commitment", "/v3/api-docs/insights");
    }
}
