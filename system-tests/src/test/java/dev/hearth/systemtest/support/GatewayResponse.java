package dev.hearth.systemtest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One answer of the gateway; its {@code toString} is the whole exchange, for assertion messages. */
public record GatewayResponse(String method, String path, int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Gateway.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + this, e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** A text field of the JSON body, e.g. {@code text("/trust/score")}; empty when absent. */
    public String text(String pointer) {
        JsonNode node = json().at(pointer);
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + contentType() + " " + body;
    }
}
