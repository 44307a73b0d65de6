package dev.hearth.launcher.kafka;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Hides the error Kafka's console consumer logs when {@code --timeout-ms} ends it: for
 * {@code ./hearth events} that idle end is the normal way out, not a failure. Other errors pass.
 */
public final class IdleEndFilter extends Filter<ILoggingEvent> {

    private static final String CONSOLE_CONSUMER_LOGGER = ConsoleEvents.CONSOLE_CONSUMER;
    private static final String TIMEOUT = "org.apache.kafka.common.errors.TimeoutException";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        boolean idleEnd = CONSOLE_CONSUMER_LOGGER.equals(event.getLoggerName())
                && thrown != null && TIMEOUT.equals(thrown.getClassName());
        return idleEnd ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
