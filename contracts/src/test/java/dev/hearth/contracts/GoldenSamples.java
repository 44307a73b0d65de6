package dev.hearth.contracts;

import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.commitment.PromiseMissed;
import dev.hearth.contracts.commitment.PromiseReleased;
import dev.hearth.contracts.commitment.PromiseRenegotiated;
import dev.hearth.contracts.commitment.PromiseWithdrawn;
import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.contracts.journal.ConflictOpened;
import dev.hearth.contracts.journal.ConflictResolved;
import dev.hearth.contracts.journal.EntryAcknowledged;
import dev.hearth.contracts.journal.EntryWritten;
import dev.hearth.contracts.journal.RepairAttempted;
import dev.hearth.contracts.journal.SafetyCheckedIn;
import java.time.Instant;

/**
 * One fixed instance per public event type, the counterpart of its golden JSON file. The switch
 * has no default branch, so a new {@link EventType} does not compile until it has a sample.
 */
final class GoldenSamples {

    static final String COUPLE = "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f";
    static final String PROMISE = "9b2e7d41-6a3c-4f08-b5d2-8c1e0f3a7b96";
    static final String ENTRY = "2c8f5e10-7d4b-4a39-8e61-5f0a9b3c7d24";
    static final String CONFLICT = "6e1a9c37-0b5f-4d82-a4c6-3b7e2f9d1a05";
    static final String CHECK_IN = "d47b2e8a-95c1-4f6e-b038-1a6c5e9f2b73";
    static final String ALICE = "alice";
    static final String BOB = "auth0|bob.42";

    private GoldenSamples() {
    }

    static PublicEvent of(EventType type) {
        return switch (type) {
            case COUPLE_STARTED -> new CoupleStarted(COUPLE, ALICE, "Europe/Amsterdam");
            case PARTNER_INVITED -> new PartnerInvited(COUPLE, ALICE, Instant.parse("2025-03-08T09:30:00Z"));
            case PARTNER_JOINED -> new PartnerJoined(COUPLE, BOB);
            case PARTNER_LEFT -> new PartnerLeft(COUPLE, BOB);
            case COUPLE_ERASED -> new CoupleErased(COUPLE);
            case PROMISE_MADE -> new PromiseMade(PROMISE, COUPLE, ALICE, BOB, Instant.parse("2025-03-10T18:00:00Z"));
            case PROMISE_KEPT -> new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB);
            case PROMISE_BROKEN -> new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB);
            case PROMISE_MISSED -> new PromiseMissed(PROMISE, COUPLE, ALICE, BOB, Instant.parse("2025-03-10T18:00:00Z"));
            case PROMISE_RELEASED -> new PromiseReleased(PROMISE, COUPLE, ALICE, BOB, ALICE, Instant.parse("2025-03-10T18:00:00Z"),
                    PromiseReleased.PARTNER_LEFT);
            case PROMISE_WITHDRAWN -> new PromiseWithdrawn(PROMISE, COUPLE, ALICE, BOB, ALICE, null);
            case PROMISE_RENEGOTIATED -> new PromiseRenegotiated(PROMISE, COUPLE, ALICE, BOB, ALICE,
                    Instant.parse("2025-03-12T18:00:00Z"), Instant.parse("2025-03-10T18:00:00Z"), true);
            case ENTRY_WRITTEN -> new EntryWritten(ENTRY, COUPLE, ALICE, "APPRECIATION", 12, BOB);
            case ENTRY_ACKNOWLEDGED -> new EntryAcknowledged(ENTRY, COUPLE, ALICE, "APPRECIATION", BOB, "EMPATHY",
                    Instant.parse("2025-03-08T09:30:00Z"));
            case CONFLICT_OPENED -> new ConflictOpened(CONFLICT, COUPLE, BOB);
            case REPAIR_ATTEMPTED -> new RepairAttempted(CONFLICT, COUPLE, ALICE, 1);
            case CONFLICT_RESOLVED -> new ConflictResolved(CONFLICT, COUPLE, ALICE, "COMPROMISE",
                    Instant.parse("2025-03-08T21:15:00Z"));
            case SAFETY_CHECKED_IN -> new SafetyCheckedIn(CHECK_IN, COUPLE, ALICE, 4);
        };
    }

    static String resource(EventType type) {
        return "golden/" + type.ceType() + ".json";
    }
}
