package dev.hearth.journal.couple.web;

import dev.hearth.platform.id.Ids;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/couples}. A client-made {@code coupleId} makes the create safe to retry;
 * an absent timezone is UTC, and the aggregate checks that a given one is an IANA id.
 */
record StartCoupleRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") @Nullable String coupleId,
        @Size(max = 64, message = "must be an IANA time-zone id such as Europe/Paris") @Nullable String timezone) {
}
