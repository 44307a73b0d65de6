package dev.hearth.journal.couple.adapter;

import dev.hearth.platform.crypto.keys.CoupleKeyRefused;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A write that lost a race with an erasure (its couple, or its author, may no longer get a key)
 * answers like any command on an erased couple: 404 {@code couple-not-found}.
 */
@Component
class RefusedKeys implements ProblemTranslator {

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        return exception instanceof CoupleKeyRefused refused
                ? Optional.of(Rejection.coupleNotFound(refused.coupleId())) : Optional.empty();
    }
}
