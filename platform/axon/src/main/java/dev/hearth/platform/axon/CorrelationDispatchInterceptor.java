package dev.hearth.platform.axon;

import dev.hearth.platform.web.CorrelationId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Puts the current request's correlation id (from the MDC, set by the servlet filter) on every
 * command sent from that thread. A command that already carries one keeps it: commands sent while
 * handling another message get it from Axon's correlation data instead.
 */
final class CorrelationDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(CorrelationMetadata.KEY)
                ? command
                : CorrelationId.current()
                        .<CommandMessage<?>>map(id -> command.andMetaData(Map.of(CorrelationMetadata.KEY, id)))
                        .orElse(command);
    }
}
