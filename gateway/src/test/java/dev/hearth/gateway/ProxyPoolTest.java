package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties.Pool.PoolType;

class ProxyPoolTest extends GatewayTestSupport {

    /** Tomcat's default keep-alive timeout (its connection timeout), which the services keep. */
    private static final Duration SERVICES_KEEP_ALIVE = Duration.ofSeconds(60);

    @Autowired
    HttpClientProperties httpClient;

    @Test
    void connections_to_the_services_come_from_a_bounded_pool() {
        HttpClientProperties.Pool pool = httpClient.getPool();

        assertThat(pool.getType()).isEqualTo(PoolType.FIXED);
        assertThat(pool.getMaxConnections()).isPositive();
        assertThat(Duration.ofMillis(pool.getAcquireTimeout())).isLessThan(httpClient.getResponseTimeout().plusSeconds(10));
    }

    @Test
    void an_idle_connection_is_closed_by_the_gateway_before_a_service_would_close_it() {
        HttpClientProperties.Pool pool = httpClient.getPool();

        // Checked on each acquire and, between requests, by the background eviction.
        assertThat(pool.getMaxIdleTime()).isNotNull();
        assertThat(pool.getEvictionInterval()).isPositive();
        assertThat(pool.getMaxIdleTime().plus(pool.getEvictionInterval())).isLessThan(SERVICES_KEEP_ALIVE);
    }
}
