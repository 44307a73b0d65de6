package dev.hearth.journal.checkin.web;

import dev.hearth.journal.words.Mood;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/couples/{coupleId}/check-ins}. {@code safety} is read as a number and must
 * be a whole one from 1 to 5: {@code 4.5} is refused rather than silently cut to 4.
 */
record CheckInRequest(
        @NotNull(message = SAFETY) @DecimalMin(value = "1", message = SAFETY) @DecimalMax(value = "5", message = SAFETY)
        @Digits(integer = 1, fraction = 0, message = SAFETY) @Nullable BigDecimal safety,
        @Nullable Mood mood) {

    static final String SAFETY = "must be an integer from 1 to 5";

    @Override
    public String toString() {
        return "CheckInRequest[]";
    }
}
