package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A gateway whose services are all down: nothing listens on their ports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesDownTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtNothing(DynamicPropertyRegistry registry) {
        GatewayTestSupport.routeTo(registry, ServicesDownTest::deadUrl, ServicesDownTest::deadUrl, ServicesDownTest::deadUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/couples/c1/entries", "/api/couples/c1/promises", "/api/couples/c1/insights"})
    void a_service_that_is_down_is_a_503_problem(String path) throws Exception {
        ApiResponse response = get(path, TestTokens.mint("alice"));

        GatewayTestSupport.assertProblem(response, 503, "service-unavailable");
    }

    @Test
    void the_gateway_stays_ready_while_the_services_are_down() throws Exception {
        ApiResponse response = get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
    }

    private ApiResponse get(String path, @Nullable String token) {
        return ApiClient.onPort(port).get(path, token);
    }

    /** A loopback port that was free a moment ago and has no listener. */
    private static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
