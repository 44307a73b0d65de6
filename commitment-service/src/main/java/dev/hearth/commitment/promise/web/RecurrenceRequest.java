package dev.hearth.commitment.promise.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import dev.hearth.platform.web.ScheduledTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recurrence as the API describes it (platform spec): {@code {frequency, interval?, daysOfWeek?,
 * at: "HH:MM" (the couple's local time), until?, count?}}. Typed, so that nothing untyped reaches the
 * service; recurring promises themselves come with the promise lifecycle, and until then
 * {@link MakePromiseRequest} refuses any recurrence.
 */
record RecurrenceRequest(
        Frequency frequency,
        @Nullable Integer interval,
        @Nullable List<DayOfWeek> daysOfWeek,
        @Nullable LocalTime at,
        @ScheduledTime @Nullable OffsetDateTime until,
        @Nullable Integer count) {

    enum Frequency { DAILY, WEEKLY, EVERY_N_DAYS }
}
