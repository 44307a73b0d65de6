package dev.hearth.journal.couple.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A tiny HTTP client for the service under test: a caller (token or none), JSON in, JSON out. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_OR_PROBLEM = "application/json, application/problem+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    Api(int port) {
        this.port = port;
    }

    Response post(@Nullable String user, String path, @Nullable String body) {
        return post(user, path, body, null);
    }

    Response post(@Nullable String user, String path, @Nullable String body, @Nullable String correlationId) {
        HttpRequest.Builder request = request(user, path, correlationId).header("Accept", JSON_OR_PROBLEM)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    Response get(@Nullable String user, String path) {
        return get(user, path, JSON_OR_PROBLEM);
    }

    Response get(@Nullable String user, String path, String accept) {
        return send(request(user, path, null).header("Accept", accept).GET().build());
    }

    private HttpRequest.Builder request(@Nullable String user, String path, @Nullable String correlationId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestTokens.mint(user));
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return request;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, Optional<String> location, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        String text(String field) {
            return json().path(field).asText();
        }

        /** The problem type's slug, e.g. {@code couple-not-found}. */
        String problem() {
            String type = text("type");
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
