package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.promise.PromiseRules;
import dev.hearth.platform.web.ScheduledTime;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code renegotiate}: a new due time, a new description, or both (at least one; the
 * controller names {@code dueAt} when both are missing). The aggregate enforces the same rules.
 *
 * @param dueAt in the future and at most 1,826 days ahead ({@link ScheduledTime})
 */
record RenegotiateRequest(
        @ScheduledTime @Nullable OffsetDateTime dueAt,
        @Size(min = 1, max = PromiseRules.MAX_DESCRIPTION, message = "must be 1 to " + PromiseRules.MAX_DESCRIPTION + " characters")
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Nullable String description) {
}
