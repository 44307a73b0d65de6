package dev.hearth.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

class GatewayErrorsClassificationTest {

    @Test
    void a_refused_or_unresolvable_connection_means_the_service_is_unavailable() {
        assertThat(GatewayErrors.classify(new ConnectException("Connection refused"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrors.classify(new UnknownHostException("journal"))).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrors.classify(PrematureCloseException.TEST_EXCEPTION)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void a_connect_timeout_is_a_gateway_timeout_although_netty_makes_it_a_connect_exception() {
        assertThat(GatewayErrors.classify(new ConnectTimeoutException("connection timed out")))
                .isEqualTo(ProblemType.GATEWAY_TIMEOUT);
    }

    @Test
    void a_read_or_response_timeout_is_a_gateway_timeout() {
        assertThat(GatewayErrors.classify(ReadTimeoutException.INSTANCE)).isEqualTo(ProblemType.GATEWAY_TIMEOUT);
        assertThat(GatewayErrors.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
                .isEqualTo(ProblemType.GATEWAY_TIMEOUT);
    }

    @Test
    void waiting_too_long_for_a_pooled_connection_is_a_gateway_timeout() {
        assertThat(GatewayErrors.classify(new PoolAcquireTimeoutException(Duration.ofSeconds(5))))
                .isEqualTo(ProblemType.GATEWAY_TIMEOUT);
    }

    @Test
    void a_cause_deep_in_the_chain_is_found() {
        Exception wrapped = new IllegalStateException("proxy failed", new RuntimeException(new ConnectException("refused")));

        assertThat(GatewayErrors.classify(wrapped)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void anything_unexpected_is_an_internal_error() {
        assertThat(GatewayErrors.classify(new IllegalStateException("bug"))).isEqualTo(ProblemType.INTERNAL_ERROR);
        assertThat(GatewayErrors.classify(new ResponseStatusException(HttpStatus.BAD_GATEWAY)))
                .isEqualTo(ProblemType.INTERNAL_ERROR);
    }
}
