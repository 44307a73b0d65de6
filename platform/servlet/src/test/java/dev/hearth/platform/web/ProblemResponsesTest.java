package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponsesTest {

    @Test
    void a_filter_writes_the_same_problem_body_as_the_controllers() throws Exception {
        // given a request the correlation filter has seen
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/couples/c-1");
        request.setAttribute(CorrelationId.ATTRIBUTE, "cid-7");
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when
        ProblemResponses.write(request, response, ProblemType.UNAUTHENTICATED, "A valid bearer token is required");

        // then
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance",
                "correlationId");
        assertThat(problem.get("type").asString()).isEqualTo("https://hearth.dev/problems/unauthenticated");
        assertThat(problem.get("title").asString()).isEqualTo("Authentication required");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/couples/c-1");
        assertThat(problem.get("correlationId").asString()).isEqualTo("cid-7");
    }

    @Test
    void a_committed_response_is_left_alone() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(200);
        response.getWriter().write("partial");
        response.flushBuffer();

        ProblemResponses.write(new MockHttpServletRequest(), response, ProblemType.INTERNAL_ERROR, "boom");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("partial");
    }
}
