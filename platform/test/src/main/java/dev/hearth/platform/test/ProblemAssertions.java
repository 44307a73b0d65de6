package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import tools.jackson.databind.JsonNode;

/** What every error of a Hearth service looks like: RFC 9457 problem+json of the catalogue, quoting the request's correlation id. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * Asserts a problem of this status and catalogue type ({@code couple-not-found}) whose correlation
     * id is the one the response carries in {@code X-Correlation-Id}.
     *
     * @return the problem, for further assertions
     */
    public static JsonNode assertProblem(ApiResponse reply, int status, String slug) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo(ProblemType.TYPE_BASE + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("correlationId").asString()).isEqualTo(reply.header("X-Correlation-Id").orElseThrow());
        return problem;
    }
}
