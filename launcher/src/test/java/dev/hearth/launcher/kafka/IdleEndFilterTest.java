package dev.hearth.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class IdleEndFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final IdleEndFilter filter = new IdleEndFilter();

    @Test
    void the_console_consumers_idle_timeout_is_not_shown_as_an_error() {
        assertThat(filter.decide(event(ConsoleEvents.CONSOLE_CONSUMER, new TimeoutException())))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void any_other_error_is_shown() {
        assertThat(filter.decide(event(ConsoleEvents.CONSOLE_CONSUMER, new IllegalStateException("broken record"))))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(event("org.apache.kafka.clients.NetworkClient", new TimeoutException())))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private LoggingEvent event(String logger, Throwable thrown) {
        return new LoggingEvent(getClass().getName(), context.getLogger(logger), Level.ERROR,
                "Error processing message, terminating consumer process: ", thrown, null);
    }
}
