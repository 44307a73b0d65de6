package dev.hearth.platform.openapi;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.hearth.platform.problem.ProblemType;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The problem types an endpoint answers besides those every endpoint may answer (see
 * {@link ProblemDocumentation}): its own rejections, such as {@code promise-closed}. The API document
 * lists each with its status, so a client knows every answer to handle. It may also stand on an
 * annotation that composes it with the mapping, for endpoints that answer alike.
 */
@Documented
@Target({METHOD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Answers {

    ProblemType[] value();
}
