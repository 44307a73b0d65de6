package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.promise.PromiseRules;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of keep and break: an optional note, which stays inside commitment-service. */
record OutcomeRequest(
        @Size(max = PromiseRules.MAX_NOTE, message = "must be at most " + PromiseRules.MAX_NOTE + " characters")
        @Nullable String note) {

    /** The note of a body that may be absent altogether. */
    static @Nullable String noteOf(@Nullable OutcomeRequest body) {
        return body == null ? null : body.note();
    }
}
