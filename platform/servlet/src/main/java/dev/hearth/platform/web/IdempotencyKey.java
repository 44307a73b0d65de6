package dev.hearth.platform.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.hearth.platform.id.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@code Idempotency-Key} header in the platform's one format (1–128 visible ASCII characters),
 * on the {@code @RequestHeader} parameter of every create and outcome that takes one; anything else
 * is a 400 {@code invalid-request} naming the header.
 */
@Documented
@Pattern(regexp = Ids.IDEMPOTENCY_KEY_PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface IdempotencyKey {

    String HEADER = "Idempotency-Key";

    String message() default "must be 1 to 128 visible ASCII characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
