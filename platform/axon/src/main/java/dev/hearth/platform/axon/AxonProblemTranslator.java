package dev.hearth.platform.axon;

import dev.hearth.platform.web.ProblemTranslator;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Axon throws into the error catalogue: a lost optimistic-lock race (two appends with the
 * same aggregate sequence, {@link ConcurrencyException}; or two creations of one aggregate id,
 * {@link AggregateStreamCreationException}, which Axon 4.13 does not make a subclass of it) is a 409
 * {@code concurrent-change}; a {@link Rejection} thrown by an
 * aggregate is returned as it is, also when Axon wrapped it (as cause or as the details of a
 * {@code CommandExecutionException}).
 */
final class AxonProblemTranslator implements ProblemTranslator {

    static final String CONCURRENT_CHANGE_DETAIL =
            "Someone else changed this at the same time. Reload and try again.";

    @Override
    public Optional<Rejection> translate(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (@Nullable Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof Rejection rejection) {
                return Optional.of(rejection);
            }
            if (current instanceof HandlerExecutionException handlerFailure
                    && handlerFailure.getDetails().orElse(null) instanceof Rejection rejection) {
                return Optional.of(rejection);
            }
            if (current instanceof ConcurrencyException || current instanceof AggregateStreamCreationException) {
                return Optional.of(new Rejection(ProblemType.CONCURRENT_CHANGE, CONCURRENT_CHANGE_DETAIL));
            }
        }
        return Optional.empty();
    }
}
