package dev.hearth.commitment.promise;

import java.util.Optional;

/** What a promise's deadline must know of its couple, learnt from {@code hearth.couples.v1}: left, or erased. */
public interface CoupleStates {

    CoupleStates NONE = new CoupleStates() {
        @Override
        public Optional<String> leaver(String coupleId) {
            return Optional.empty();
        }

        @Override
        public boolean erased(String coupleId) {
            return false;
        }
    };

    /** Who left the couple, once one has: it is closed. */
    Optional<String> leaver(String coupleId);

    boolean erased(String coupleId);
}
