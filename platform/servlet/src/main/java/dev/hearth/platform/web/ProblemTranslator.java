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
}
