package dev.hearth.commitment.promise;

import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.time.Horizon;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of promises, in one place: the aggregate enforces them, and the web edge checks
 * them before dispatching so that a bad request never reaches the event store.
 */
public final class PromiseRules {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_NOTE = 500;

    private PromiseRules() {
    }

    /** @return the description, 1–{@value #MAX_DESCRIPTION} characters and not blank */
    public static String description(@Nullable String description) {
        if (description == null || description.isBlank()) {
            throw Rejection.invalid("description", "description is required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw Rejection.invalid("description", "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description;
    }

    /** @return the note, absent or at most {@value #MAX_NOTE} characters */
    public static @Nullable String note(@Nullable String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw Rejection.invalid("note", "note must be at most " + MAX_NOTE + " characters");
        }
        return note;
    }

    /**
     * A due time, when there is one, lies in the future (a promise is about what is still to be done)
     * and within the {@link Horizon}: the web edge checks the same rule with {@code @ScheduledTime}.
     */
    public static @Nullable Instant dueAt(@Nullable Instant dueAt, Instant now) {
        if (dueAt != null && !Horizon.admits(dueAt, now)) {
            throw Rejection.invalid("dueAt", "dueAt " + Horizon.RULE);
        }
        return dueAt;
    }

    /** One promises something to one's partner, never to oneself. */
    public static void promisee(String promiserId, String promiseeId) {
        if (promiserId.equals(promiseeId)) {
            throw Rejection.invalid("promiseeId", "promiseeId must be your partner, not yourself");
        }
    }
}
