package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.ProblemAssertions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = ProblemsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.servlet.multipart.max-file-size=1KB",
                "spring.servlet.multipart.max-request-size=1KB",
                "logging.pattern.level=%5p [cid=%X{correlationId}]"
        })
@ExtendWith(OutputCaptureExtension.class)
class HearthProblemsTest extends OnProblemsTestService {

    @Test
    void a_missing_required_field_is_a_400_naming_the_field() {
        // given a promise without a description
        String body = """
                {"promiseeId": "user-2"}
                """;

        // when
        ApiResponse reply = http.post("/test/promises", null, body);

        // then
        assertProblem(reply, 400, "invalid-request");
        JsonNode problem = reply.json();
        assertThat(problem.get("detail").asString()).isEqualTo("description must not be blank");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must not be blank");
        assertThat(problem.get("instance").asString()).isEqualTo("/test/promises");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
    }

    @Test
    void several_invalid_fields_are_all_named() {
        ApiResponse reply = http.post("/test/promises", null, "{}");

        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("description", "promiseeId");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("description must not be blank; promiseeId must not be blank");
    }

    @Test
    void malformed_json_is_a_400_saying_so() {
        ApiResponse reply = http.post("/test/promises", null, "{\"description\": \"call mum\",");

        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Malformed JSON");
        assertThat(reply.json().has("errors")).isFalse();
    }

    @ParameterizedTest(name = "{0} is a 400 saying: {5}")
    @MethodSource("badRequests")
    void a_bad_request_is_a_400_whose_detail_says_what_is_wrong_and_whose_errors_name_the_field(
            String request, String method, String path, @Nullable String body, @Nullable String field, String detail) {
        ApiResponse reply = http.send(method, path, Map.of(), body);

        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.json().get("detail").asString()).isEqualTo(detail);
        if (field != null) {
            assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    /** The request, and the field its problem names first in {@code errors} where it names one. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("a missing body", "POST", "/test/promises", "", null, "Request body is missing"),
                Arguments.of("a value that is not a UUID", "POST", "/test/promises", """
                        {"promiseId": "not-a-uuid", "promiseeId": "user-2", "description": "call mum"}
                        """, "promiseId", "promiseId must be a UUID"),
                Arguments.of("an unknown enum value in a nested list", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": "walk",
                         "recurrence": {"frequency": "WEEKLY", "daysOfWeek": ["MONDAY", "FUNDAY"]}}
                        """, "recurrence.daysOfWeek[1]",
                        "recurrence.daysOfWeek[1] must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"),
                Arguments.of("a number for a text", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": 12345}
                        """, "description", "description must be a string"),
                Arguments.of("a number for an enum", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": "walk",
                         "recurrence": {"frequency": 1}}
                        """, "recurrence.frequency", "recurrence.frequency must be one of DAILY, WEEKLY"),
                Arguments.of("a number no int holds", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": "walk",
                         "recurrence": {"frequency": "DAILY", "daysOfWeek": [], "count": 99999999999999999999999}}
                        """, "recurrence.count", "recurrence.count is out of range"),
                Arguments.of("a key given twice", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": "walk", "description": "run"}
                        """, null, "Malformed JSON"),
                Arguments.of("a date without offset", "POST", "/test/promises", """
                        {"promiseeId": "user-2", "description": "walk", "dueAt": "tomorrow"}
                        """, null, "dueAt must be an ISO-8601 date-time with offset"),
                Arguments.of("a body record that rejects its value", "POST", "/test/notes", "{\"text\": \"far too long\"}",
                        "text", "text must be at most 5 characters"),
                Arguments.of("a query parameter of the wrong type", "GET", "/test/promises?status=LOST", null,
                        "status", "status must be one of OPEN, KEPT"),
                Arguments.of("a query parameter over its limit", "GET", "/test/promises?limit=500", null,
                        null, "limit must be less than or equal to 100"),
                Arguments.of("a missing query parameter", "GET", "/test/trends", null, null, "metric is required"),
                Arguments.of("a constraint violation from a validated bean", "POST", "/test/notes/plain?text=%20", null,
                        null, "text must not be blank"));
    }

    @Test
    void a_rejection_becomes_its_problem_type() {
        ApiResponse reply = http.post("/test/promises/7b0c6d7e-8a56-4d4f-9a53-4f5c7a0f3c11/keep", null, "{}");

        assertProblem(reply, 409, "promise-closed");
        assertThat(reply.json().get("title").asString()).isEqualTo("Promise is closed");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("Promise 7b0c6d7e-8a56-4d4f-9a53-4f5c7a0f3c11 is already kept");
        assertThat(reply.json().has("errors")).isFalse();
    }

    @Test
    void a_rejection_naming_a_field_lists_it_in_errors() {
        ApiResponse reply = http.post("/test/couples", null, "{\"timezone\": \"Mars/Olympus\"}");

        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("timezone");
    }

    @Test
    void a_rejection_wrapped_by_a_framework_is_still_its_problem_type() {
        ApiResponse reply = http.get("/test/wrapped");

        assertProblem(reply, 404, "couple-not-found");
        assertThat(reply.json().get("detail").asString()).isEqualTo("No such couple");
    }

    @Test
    void a_translator_turns_a_known_framework_exception_into_its_problem_type() {
        ApiResponse reply = http.get("/test/race");

        assertProblem(reply, 409, "concurrent-change");
        assertThat(reply.body()).doesNotContain("domainevententry");
    }

    @Test
    void a_database_that_does_not_answer_is_a_503_with_retry_after_logged_in_one_line(CapturedOutput output) {
        ApiResponse reply = http.get("/test/database-away");

        assertProblem(reply, 503, "service-unavailable");
        assertThat(reply.header("Retry-After")).contains("2");
        assertThat(reply.body()).doesNotContain("db.internal");
        assertThat(output.getOut()).contains("GET /test/database-away answered 503")
                .doesNotContain("at dev.hearth.platform.web.ProblemsTestApplication");
    }

    @Test
    void an_unexpected_exception_is_a_500_without_internals_logged_with_its_correlation_id(CapturedOutput output) {
        ApiResponse reply = http.get("/test/boom");

        assertProblem(reply, 500, "internal-error");
        assertNoInternals(reply);
        String correlationId = reply.json().get("correlationId").asString();
        assertThat(output.getOut()).contains("cid=" + correlationId).contains("java.lang.IllegalStateException: "
                + ProblemsTestApplication.SECRET);
    }

    @Test
    void a_failure_in_a_filter_is_rendered_by_the_error_path_as_a_problem() {
        ApiResponse reply = http.get("/test/filter-failure");

        assertProblem(reply, 500, "internal-error");
        assertNoInternals(reply);
        assertThat(reply.json().get("instance").asString()).isEqualTo("/test/filter-failure");
    }

    @Test
    void an_error_status_sent_without_an_exception_is_a_problem() {
        ApiResponse reply = http.get("/test/unavailable");

        assertProblem(reply, 503, "service-unavailable");
        assertThat(reply.json().get("instance").asString()).isEqualTo("/test/unavailable");
        assertThat(reply.header("Retry-After")).contains("2");
    }

    @Test
    void an_unknown_route_is_a_404_problem_not_a_whitelabel_page() {
        ApiResponse reply = http.send("GET", "/nowhere/at/all", Map.of("Accept", "text/html,*/*"), null);

        assertProblem(reply, 404, "not-found");
        assertThat(reply.body()).doesNotContainIgnoringCase("whitelabel");
    }

    @Test
    void a_request_tomcat_refuses_before_any_filter_is_a_problem_too_not_its_html_page() {
        ApiResponse nul = http.get("/test/promises/%00");
        ApiResponse encodedSlash = http.get("/test%2Fpromises");
        ApiResponse hugeHeader = http.send("GET", "/test/promises", Map.of("X-Padding", "a".repeat(9000)), null);

        for (ApiResponse refused : List.of(nul, encodedSlash, hugeHeader)) {
            assertProblem(refused, 400, "invalid-request");
            assertThat(refused.body()).as("%s", refused).doesNotContain("<html", "Tomcat");
        }
    }

    @Test
    void the_error_path_asked_for_directly_is_a_404_problem() {
        ApiResponse reply = http.get("/error");

        assertProblem(reply, 404, "not-found");
    }

    @Test
    void a_wrong_method_is_a_405_naming_the_allowed_ones() {
        ApiResponse reply = http.send("DELETE", "/test/trends", Map.of(), null);

        assertProblem(reply, 405, "method-not-allowed");
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void an_unsupported_content_type_is_a_415() {
        ApiResponse reply = http.send("POST", "/test/promises", Map.of("Content-Type", "text/plain"), "call mum");

        assertProblem(reply, 415, "unsupported-media-type");
        assertThat(reply.json().get("detail").asString()).contains("application/json");
    }

    @Test
    void asking_for_html_from_a_json_endpoint_is_a_406_problem() {
        ApiResponse reply = http.send("GET", "/test/trends?metric=trust", Map.of("Accept", "text/html"), null);

        assertProblem(reply, 406, "not-acceptable");
    }

    @Test
    void an_upload_over_the_limit_is_a_413() {
        String boundary = "hearth-boundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "x".repeat(4096) + "\r\n"
                + "--" + boundary + "--\r\n";

        ApiResponse reply = http.send("POST", "/test/uploads",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), multipart);

        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void a_valid_incoming_correlation_id_is_kept_in_the_mdc_and_echoed() {
        ApiResponse reply = http.send("GET", "/test/correlation", Map.of("X-Correlation-Id", "gw-1234.abc_D"), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-Correlation-Id")).contains("gw-1234.abc_D");
        assertThat(reply.json().get("correlationId").asString()).isEqualTo("gw-1234.abc_D");
    }

    @Test
    void an_unsafe_incoming_correlation_id_is_replaced_by_a_uuid() {
        ApiResponse reply = http.send("GET", "/test/correlation", Map.of("X-Correlation-Id", "<script>"), null);

        assertThat(reply.header("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(reply.json().get("correlationId").asString()).isEqualTo(reply.header("X-Correlation-Id").get());
    }

    @Test
    void a_problem_quotes_the_callers_correlation_id() {
        ApiResponse reply = http.send("GET", "/test/boom", Map.of("X-Correlation-Id", "trace-42"), null);

        assertThat(reply.json().get("correlationId").asString()).isEqualTo("trace-42");
        assertThat(reply.header("X-Correlation-Id")).contains("trace-42");
    }

    private static void assertProblem(ApiResponse reply, int status, String slug) {
        JsonNode problem = ProblemAssertions.assertProblem(reply, status, slug);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
    }

    private static void assertNoInternals(ApiResponse reply) {
        assertThat(reply.body())
                .doesNotContain(ProblemsTestApplication.SECRET)
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("dev.hearth")
                .doesNotContain("trace");
    }
}
