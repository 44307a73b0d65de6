package dev.hearth.commitment.promise.web;

import dev.hearth.platform.web.ProblemTranslator;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** An outcome for a promise id the event store has never seen is a 404 {@code promise-not-found}. */
@Component
class PromiseProblems implements ProblemTranslator {

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        if (exception instanceof AggregateNotFoundException) {
            return Optional.of(PromiseController.promiseNotFound());
        }
        return Optional.empty();
    }
}
