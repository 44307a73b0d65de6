package dev.hearth.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;

/** What every error of the API looks like (RFC 9457, the catalogue in docs/errors.md). */
public final class Problems {

    /** The documented base of every problem {@code type}. */
    public static final String TYPE_BASE = "https://hearth.dev/problems/";

    private Problems() {
    }

    /**
     * Asserts a problem+json answer with this status and catalogue type, a detail, the correlation
     * id, and nothing of the server's insides.
     */
    public static void assertProblem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        assertThat(response.text("/type")).as("type of %s", response).isEqualTo(TYPE_BASE + type);
        assertThat(response.json().at("/status").asInt()).as("status field of %s", response).isEqualTo(status);
        assertThat(response.text("/detail")).as("detail of %s", response).isNotBlank();
        assertThat(response.text("/correlationId")).as("correlationId of %s", response).isNotBlank();
        assertThat(response.body()).as("body of %s", response).doesNotContain("Exception", "\tat ");
    }
}
