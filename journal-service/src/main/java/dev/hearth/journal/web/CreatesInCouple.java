package dev.hearth.journal.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A partner writes something new in the couple (an entry, a conflict, a check-in) by posting to its
 * list: 201 Created; 409 {@code id-conflict} when its id comes again with another body, 409
 * {@code couple-closed} once a partner has left. One annotation, so the three creates answer alike
 * ({@code @RequestMapping}, as {@code @PostMapping} cannot stand on an annotation).
 */
@Documented
@Target(METHOD)
@Retention(RUNTIME)
@Answers({ProblemType.ID_CONFLICT, ProblemType.COUPLE_CLOSED})
@ResponseStatus(HttpStatus.CREATED)
@RequestMapping(method = RequestMethod.POST)
public @interface CreatesInCouple {
}
