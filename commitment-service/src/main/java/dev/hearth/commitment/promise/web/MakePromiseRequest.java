package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.promise.PromiseRules;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.web.ScheduledTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/couples/{coupleId}/promises}, validated before anything else is done with
 * it: every invalid field is named in the 400. Jackson leaves a missing field null, so it is
 * reported by name rather than as an unreadable body. The aggregate enforces {@link PromiseRules}
 * again, and checks the due time against its own clock.
 *
 * @param dueAt      when the promise falls due: in the future and at most 1,826 days ahead ({@link ScheduledTime})
 *
 * @param promiseId  a client-chosen UUID, which makes a retry harmless
 * @param recurrence refused for now: recurring promises come with the promise lifecycle
 */
record MakePromiseRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") @Nullable String promiseId,
        @NotNull(message = PARTNER) @Pattern(regexp = Ids.USER_ID_PATTERN, message = PARTNER) String promiseeId,
        @NotBlank(message = "is required")
        @Size(max = PromiseRules.MAX_DESCRIPTION, message = "must be at most " + PromiseRules.MAX_DESCRIPTION + " characters")
        String description,
        @ScheduledTime @Nullable OffsetDateTime dueAt,
        @Null(message = "is not supported yet: recurring promises come with the promise lifecycle") @Nullable RecurrenceRequest recurrence) {

    static final String PARTNER = "must be your partner's user id";
}
