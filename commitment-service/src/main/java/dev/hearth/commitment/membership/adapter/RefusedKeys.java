package dev.hearth.commitment.membership.adapter;

import dev.hearth.platform.crypto.keys.CoupleKeyRefused;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A write that raced an erasure and found the couple's key gone and refused ({@link ErasedCouples}):
 * the couple is not found, as it is for every later request.
 */
@Component
class RefusedKeys implements ProblemTranslator {

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        return exception instanceof CoupleKeyRefused refused
                ? Optional.of(Rejection.coupleNotFound(refused.coupleId())) : Optional.empty();
    }
}
