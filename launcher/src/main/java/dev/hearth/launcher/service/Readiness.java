package dev.hearth.launcher.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's {@code /actuator/health/readiness}: UP means its own databases are reachable. */
public final class Readiness {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Readiness() {
    }

    public static boolean up(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ServiceEnvironment.url(port) + "/actuator/health/readiness"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
