package dev.hearth.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.hearth.platform.time.Horizon;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request date that schedules something ({@code dueAt}, and every later one): in the future and at
 * most {@value Horizon#MAX_DAYS} days ahead by the service's {@code Clock} ({@link Horizon}), else a
 * 400 {@code invalid-request} naming the field. Absent is fine; add {@code @NotNull} where it is not.
 * Dates that filter or select a range do not take it.
 */
@Documented
@Constraint(validatedBy = ScheduledTimeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ScheduledTime {

    String message() default Horizon.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
