package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdTest {

    private final CorrelationId filter = new CorrelationId();

    @Test
    void an_id_longer_than_64_characters_is_replaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/couples");
        request.addHeader(CorrelationId.HEADER, "a".repeat(65));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(CorrelationId.HEADER)).hasSize(36).isNotEqualTo("a".repeat(65));
    }

    @Test
    void an_id_of_64_safe_characters_is_kept() throws Exception {
        String id = "A-z_0.9".repeat(9) + "x";
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/couples");
        request.addHeader(CorrelationId.HEADER, id);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(id).hasSize(64);
        assertThat(response.getHeader(CorrelationId.HEADER)).isEqualTo(id);
    }

    @Test
    void the_id_is_in_the_mdc_during_the_request_and_gone_after_it() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/couples");

        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(CorrelationId.current().orElseThrow()));

        assertThat(seen.get()).isNotBlank();
        assertThat(CorrelationId.current()).isEmpty();
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
    }

    @Test
    void an_error_dispatch_keeps_the_id_of_the_original_request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/couples");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        String original = response.getHeader(CorrelationId.HEADER);

        request.setDispatcherType(DispatcherType.ERROR);
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(CorrelationId.current().orElseThrow()));

        assertThat(seen.get()).isEqualTo(original);
    }
}
