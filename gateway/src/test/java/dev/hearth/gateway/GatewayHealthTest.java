package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.reactive.function.client.WebClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayHealthTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void the_gateway_reports_itself_healthy_without_a_token() {
        String body = WebClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().bodyToMono(String.class).block();

        assertThat(body).contains("\"status\":\"UP\"");
    }
}
