package dev.hearth.platform.test;

import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** One answer of {@link ApiClient}; its {@code toString} is the whole exchange, for assertion messages. */
public record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return ApiClient.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError("not JSON: " + this, e);
        }
    }

    /**
     * A text of the JSON body: a top-level field ({@code text("coupleId")}) or a JSON pointer
     * ({@code text("/trust/score")}); empty when absent.
     */
    public String text(String fieldOrPointer) {
        JsonNode node = fieldOrPointer.startsWith("/") ? json().at(fieldOrPointer) : json().path(fieldOrPointer);
        return node.isMissingNode() || node.isNull() ? "" : node.asString();
    }

    /** The suffix of a problem's {@code type}, e.g. {@code couple-not-found}. */
    public String problemType() {
        String type = text("/type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public Optional<String> location() {
        return header("Location");
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + contentType() + " " + body;
    }
}
