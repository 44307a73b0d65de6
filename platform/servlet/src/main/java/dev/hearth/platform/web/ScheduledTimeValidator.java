package dev.hearth.platform.web;

import dev.hearth.platform.time.Horizon;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checks {@link ScheduledTime} against the service's {@code Clock} bean (the one Axon has, so a test
 * clock moves both), or the system's when a service has none. Spring creates it with that bean.
 */
public final class ScheduledTimeValidator implements ConstraintValidator<ScheduledTime, TemporalAccessor> {

    private final Clock clock;

    @Autowired
    public ScheduledTimeValidator(ObjectProvider<Clock> clock) {
        this(clock.getIfUnique(Clock::systemUTC));
    }

    public ScheduledTimeValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(@Nullable TemporalAccessor value, ConstraintValidatorContext context) {
        return value == null || Horizon.admits(instant(value), clock.instant());
    }

    private static Instant instant(TemporalAccessor value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case ZonedDateTime time -> time.toInstant();
            default -> Instant.from(value);
        };
    }
}
