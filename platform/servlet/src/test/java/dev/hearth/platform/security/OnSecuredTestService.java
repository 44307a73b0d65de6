package dev.hearth.platform.security;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The setup of a test against {@link SecuredTestApplication} on a random port: it trusts the test key, and
 * {@link #http} calls it. The subclass names the application in its {@code @SpringBootTest}.
 */
abstract class OnSecuredTestService {

    @LocalServerPort
    int port;

    ApiClient http;

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @BeforeEach
    void client() {
        http = ApiClient.onPort(port);
    }
}
