package dev.hearth.platform.axon;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * The one way a service sends a command: it waits for the outcome at most
 * {@code hearth.commands.timeout} (default 10 s), and a command to an aggregate that was never
 * created answers the rejection the command names ({@link AggregateCommand}), so an unknown couple
 * or promise looks exactly like somebody else's. Rejections of the aggregate pass through as they are.
 * (Axon's local command bus handles a command on the sender's thread, so the bound comes into play
 * once commands are dispatched asynchronously or to another node.)
 */
public class Commands {

    static final String TIMEOUT_DETAIL = "The change did not complete in time; retry later";

    private final CommandGateway gateway;
    private final Duration timeout;

    public Commands(CommandGateway gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /** Sends the command and waits for its result (null for handlers that return nothing). */
    public <R> @Nullable R send(Object command) {
        try {
            return gateway.sendAndWait(command, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            if (command instanceof AggregateCommand addressed && causedBy(e, AggregateNotFoundException.class)) {
                throw addressed.aggregateNotFound();
            }
            if (causedBy(e, TimeoutException.class)) {
                throw new Rejection(ProblemType.SERVICE_UNAVAILABLE, TIMEOUT_DETAIL);
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (@Nullable Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }
}
