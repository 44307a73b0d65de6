package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API document: the committed one, open without a token, with what a client needs to know of each operation. */
abstract class OpenApiIntegrationTest extends ServiceIntegrationTest {

    @Test
    void the_api_document_is_the_committed_one_and_open_without_a_token() {
        OpenApiDocuments.assertServedAsCommitted(api, "commitment");
    }

    @Test
    void each_operation_names_its_bearer_auth_its_problem_types_and_its_body_rules() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        JsonNode make = document.path("paths").path("/api/couples/{coupleId}/promises").path("post");
        JsonNode keep = document.path("paths").path("/api/couples/{coupleId}/promises/{promiseId}/keep").path("post");

        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("security").get(0).has("bearer")).isTrue();
        assertThat(make.path("responses").path("400").path("x-problem-types").toString()).contains("invalid-request");
        assertThat(make.path("responses").path("404").path("x-problem-types").toString()).contains("couple-not-found");
        assertThat(make.path("responses").path("409").path("x-problem-types").toString()).contains("id-conflict");
        assertThat(make.path("responses").path("413").path("x-problem-types").toString()).contains("payload-too-large");
        assertThat(keep.path("responses").path("409").path("x-problem-types").toString()).contains("promise-closed");
        assertThat(make.path("parameters").toString()).contains("Idempotency-Key").doesNotContain("caller");
        JsonNode body = document.path("components").path("schemas").path("MakePromiseRequest").path("properties");
        assertThat(body.path("description").path("maxLength").asInt()).isEqualTo(500);
        assertThat(body.path("promiseId").path("pattern").asString()).isNotBlank();
        assertThat(body.path("dueAt").path("format").asString()).isEqualTo("date-time");
        assertThat(body.path("dueAt").path("description").asString()).contains("1826 days");
    }
}
