package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Optional;

/**
 * Turns an exception the web edge does not know into a catalogue {@link Rejection}. Modules that
 * wrap a framework contribute beans (Axon's {@code ConcurrencyException} becomes
 * {@link ProblemType#CONCURRENT_CHANGE}); {@link HearthProblems} asks them, for the exception and
 * each of its causes, before it gives up with a 500.
 */
@FunctionalInterface
public interface ProblemTranslator {

    /** The rejection this exception stands for, or empty when this translator does not know it. */
    Optional<Rejection> translate(Throwable exception);

    /**
     * What a translator of a dependency's outages answers: 503 {@code service-unavailable} (with
     * {@code Retry-After}) and this detail when the exception is an outage, else nothing.
     */
    static Optional<Rejection> unavailableIf(boolean outage, String detail) {
        return outage ? Optional.of(new Rejection(ProblemType.SERVICE_UNAVAILABLE, detail)) : Optional.empty();
    }
}
