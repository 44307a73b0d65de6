package dev.hearth.commitment.promise.web;

import org.jspecify.annotations.Nullable;

/** Body of keep and break: an optional note, which stays inside commitment-service. */
record OutcomeRequest(@Nullable String note) {

    static final OutcomeRequest EMPTY = new OutcomeRequest(null);
}
