package dev.hearth.commitment.promise;

import java.time.Instant;

/** The promise the aggregate tests tell of: in one couple, Alice promises Bob to cook dinner, at one moment. */
final class PromiseExamples {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final String PROMISE = "7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11";
    static final String COUPLE = "c0ffee00-0000-4000-8000-000000000001";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String DINNER = "Cook dinner on Friday";

    private PromiseExamples() {
    }
}
