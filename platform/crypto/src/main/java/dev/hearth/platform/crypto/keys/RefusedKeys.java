package dev.hearth.platform.crypto.keys;

import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.util.Optional;

/**
 * A write that lost a race with an erasure (its couple, or its author, may no longer get a key)
 * answers like any command on an erased couple: 404 {@code couple-not-found}.
 */
final class RefusedKeys implements ProblemTranslator {

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        return exception instanceof CoupleKeyRefused refused
                ? Optional.of(Rejection.coupleNotFound(refused.coupleId())) : Optional.empty();
    }
}
