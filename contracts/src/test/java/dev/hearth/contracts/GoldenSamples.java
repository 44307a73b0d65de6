package dev.hearth.contracts;

import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import java.time.Instant;

/**
 * One fixed instance per public event type, the counterpart of its golden JSON file. The switch
 * has no default branch, so a new {@link EventType} does not compile until it has a sample.
 */
final class GoldenSamples {

    static final String COUPLE = "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f";
    static final String PROMISE = "9b2e7d41-6a3c-4f08-b5d2-8c1e0f3a7b96";
    static final String ALICE = "alice";
    static final String BOB = "auth0|bob.42";

    private GoldenSamples() {
    }

    static PublicEvent of(EventType type) {
        return switch (type) {
            case COUPLE_STARTED -> new CoupleStarted(COUPLE, ALICE, "Europe/Amsterdam");
            case PARTNER_INVITED -> new PartnerInvited(COUPLE, ALICE, Instant.parse("2025-03-08T09:30:00Z"));
            case PARTNER_JOINED -> new PartnerJoined(COUPLE, BOB);
            case PROMISE_MADE -> new PromiseMade(PROMISE, COUPLE, ALICE, BOB, Instant.parse("2025-03-10T18:00:00Z"));
            case PROMISE_KEPT -> new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB);
            case PROMISE_BROKEN -> new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB);
        };
    }

    static String resource(EventType type) {
        return "golden/" + type.ceType() + ".json";
    }
}
