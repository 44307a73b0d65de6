package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' log switch ({@code logging.structured.format.console: ${HEARTH_LOG_FORMAT:ecs}}) with
 * Boot's own logging system: JSON lines carrying the request's correlation id, or plain text when
 * the format is empty, as in tests.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @AfterEach
    void plainTextAgain() {
        initializeLogging("");
    }

    @Test
    void with_structured_logging_a_requests_log_line_is_json_with_its_correlation_id(CapturedOutput output)
            throws Exception {
        initializeLogging("ecs");

        handleRequestLogging("request-21", "promise made");

        JsonNode line = JsonMapper.builder().build().readTree(lineContaining(output, "promise made"));
        assertThat(line.path("message").asString()).isEqualTo("promise made");
        assertThat(line.path("correlationId").asString()).isEqualTo("request-21");
        assertThat(line.path("service").path("name").asString()).isEqualTo("commitment-service");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
    }

    @Test
    void with_an_empty_format_log_lines_are_plain_text(CapturedOutput output) throws Exception {
        initializeLogging("");

        handleRequestLogging("request-22", "promise kept");

        assertThat(lineContaining(output, "promise kept")).doesNotStartWith("{").contains("INFO");
    }

    private void initializeLogging(String format) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "commitment-service")
                .withProperty("logging.structured.format.console", format);
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }

    private static void handleRequestLogging(String correlationId, String message) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/couples/c-1/promises");
        request.addHeader(CorrelationId.HEADER, correlationId);
        HttpServlet controller = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                LoggerFactory.getLogger("dev.hearth.commitment").info(message);
            }
        };

        new CorrelationId().doFilter(request, new MockHttpServletResponse(), new MockFilterChain(controller));
    }

    private static String lineContaining(CapturedOutput output, String text) {
        List<String> lines = output.getOut().lines().filter(line -> line.contains(text)).toList();
        assertThat(lines).as(output.getOut()).hasSize(1);
        return lines.get(0);
    }
}
