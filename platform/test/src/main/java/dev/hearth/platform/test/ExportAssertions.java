package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** What every service's export of a partner's data looks like: a {@code hearth-export.v1} JSON attachment (docs/privacy.md). */
public final class ExportAssertions {

    private ExportAssertions() {
    }

    /**
     * Asserts a 200 JSON attachment in {@code hearth-export.v1} of this couple and partner, with the time it was made.
     *
     * @return the export, for the service's own assertions on its lists
     */
    public static JsonNode assertExport(ApiResponse export, String coupleId, String userId) {
        assertThat(export.status()).as("%s", export).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        JsonNode body = export.json();
        assertThat(body.path("format").asString()).isEqualTo("hearth-export.v1");
        assertThat(body.path("coupleId").asString()).isEqualTo(coupleId);
        assertThat(body.path("userId").asString()).isEqualTo(userId);
        assertThat(body.path("exportedAt").asString()).isNotBlank();
        return body;
    }
}
