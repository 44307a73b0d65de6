package dev.hearth.platform.web;

import dev.hearth.platform.test.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The setup of a test against {@link ProblemsTestApplication} on a random port: {@link #http} calls it.
 * The subclass names the application in its {@code @SpringBootTest}.
 */
abstract class OnProblemsTestService {

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeEach
    void client() {
        http = ApiClient.onPort(port);
    }
}
