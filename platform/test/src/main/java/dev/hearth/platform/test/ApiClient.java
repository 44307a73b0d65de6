package dev.hearth.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of Hearth's tests: plain HTTP/1.1 with JSON against a real server (a service on
 * its random port, the gateway of the whole platform), as a client app calls it, so that filters,
 * interceptors and the container's error page all take part.
 */
public final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Longer than the gateway's own response timeout (10 s): its 504 must be seen, not ours. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** The longest {@code Retry-After} a retrying client waits; a longer one is answered as it is. */
    private static final long LONGEST_RETRY_AFTER_SECONDS = 10;

    private final String baseUrl;
    private final int retriesOn429;
    private final HttpClient http;

    public ApiClient(String baseUrl) {
        this(baseUrl, 0, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private ApiClient(String baseUrl, int retriesOn429, HttpClient http) {
        this.baseUrl = baseUrl;
        this.retriesOn429 = retriesOn429;
        this.http = http;
    }

    /**
     * This client, sending a request again after a 429 once its {@code Retry-After} has passed, at most
     * {@code retries} times: as a well-behaved app does, so that tests of other things are not failed by
     * the gateway's rate limits. The last answer is returned, a 429 included.
     */
    public ApiClient honouringRetryAfter(int retries) {
        return new ApiClient(baseUrl, retries, http);
    }

    /** A server of this machine, e.g. the {@code @LocalServerPort} of a Spring Boot test. */
    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    public ApiResponse get(String path) {
        return get(path, null);
    }

    /** {@code GET} as the holder of {@code token}, or anonymously when it is null. */
    public ApiResponse get(String path, @Nullable String token) {
        return send("GET", path, bearer(token), null);
    }

    /** {@code POST} of {@code body} (JSON text, or an object written as JSON; none when null) as the holder of {@code token}. */
    public ApiResponse post(String path, @Nullable String token, @Nullable Object body) {
        return send("POST", path, bearer(token), body);
    }

    /** {@code Authorization: Bearer <token>} (nothing for a null token), to add further headers to. */
    public static Map<String, String> bearer(@Nullable String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    /**
     * Any request. {@code body}, when present, is sent as {@code application/json}: JSON text as it is,
     * any other object written as JSON; a {@link HttpRequest.BodyPublisher} (a chunked or malformed
     * body) is sent as it is, with only the headers given.
     */
    public ApiResponse send(String method, String path, Map<String, String> headers, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
        headers.forEach(request::header);
        request.method(method, publisher(body));
        if (body != null && !(body instanceof HttpRequest.BodyPublisher)
                && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; retry < retriesOn429 && response.statusCode() == 429; retry++) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                if (seconds > LONGEST_RETRY_AFTER_SECONDS) {
                    break;
                }
                Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)));
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new ApiResponse(method, path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    /** Where it sends, for assertion messages. */
    @Override
    public String toString() {
        return baseUrl;
    }

    private static HttpRequest.BodyPublisher publisher(@Nullable Object body) {
        return switch (body) {
            case null -> HttpRequest.BodyPublishers.noBody();
            case HttpRequest.BodyPublisher publisher -> publisher;
            case String json -> HttpRequest.BodyPublishers.ofString(json);
            default -> HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        };
    }
}
