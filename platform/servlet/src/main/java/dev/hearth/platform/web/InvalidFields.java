package dev.hearth.platform.web;

import dev.hearth.platform.web.Problem.InvalidField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Names the offending fields of the validation failures Spring and Jackson report, each with a
 * message a person can act on ({@code "must be one of DAILY, WEEKLY"}) and never with a Java type or
 * an internal message: those can leak implementation details.
 */
final class InvalidFields {

    private static final String INVALID = "has an invalid value";

    private InvalidFields() {
    }

    static List<InvalidField> of(BindingResult result) {
        List<InvalidField> fields = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            // A binding failure's default message is a conversion error quoting Java types.
            fields.add(new InvalidField(error.getField(), error.isBindingFailure() ? INVALID : message(error)));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            fields.add(new InvalidField(error.getObjectName(), message(error)));
        }
        return sorted(fields);
    }

    static List<InvalidField> of(HandlerMethodValidationException exception) {
        List<InvalidField> fields = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String parameter = parameterName(result.getMethodParameter());
            if (result.getContainerIndex() != null) {
                parameter += "[" + result.getContainerIndex() + "]";
            }
            if (result instanceof ParameterErrors errors) {
                for (FieldError error : errors.getFieldErrors()) {
                    fields.add(new InvalidField(error.getField(), error.isBindingFailure() ? INVALID : message(error)));
                }
                for (ObjectError error : errors.getGlobalErrors()) {
                    fields.add(new InvalidField(parameter, message(error)));
                }
            } else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    fields.add(new InvalidField(parameter, message(error)));
                }
            }
        }
        for (MessageSourceResolvable error : exception.getCrossParameterValidationResults()) {
            fields.add(new InvalidField("parameters", message(error)));
        }
        return sorted(fields);
    }

    static List<InvalidField> of(Set<? extends ConstraintViolation<?>> violations) {
        return sorted(violations.stream()
                .map(violation -> new InvalidField(path(violation.getPropertyPath()), violation.getMessage()))
                .toList());
    }

    /** The field of a JSON body Jackson could not bind, or empty when the problem is the body as a whole. */
    static List<InvalidField> of(JacksonException exception) {
        String path = path(exception.getPath());
        return path.isEmpty() ? List.of() : List.of(new InvalidField(path, describe(exception)));
    }

    /** Where the parser stood when it failed, {@code recurrence.count}; empty at the top level or without a parser. */
    static String path(StreamReadException exception) {
        JsonParser parser = exception.processor();
        if (parser == null) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonPointer segment = parser.streamReadContext().pathAsPointer(); segment.length() > 0; segment = segment.tail()) {
            if (segment.getMatchingIndex() >= 0) {
                path.append('[').append(segment.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment.getMatchingProperty());
            }
        }
        return path.toString();
    }

    static InvalidField ofParameter(String name, @Nullable Class<?> requiredType) {
        return new InvalidField(name, requiredType == null ? INVALID : expectation(requiredType));
    }

    static String detail(List<InvalidField> fields) {
        return fields.stream().map(field -> field.field() + " " + field.message()).collect(Collectors.joining("; "));
    }

    private static String describe(JacksonException exception) {
        if (exception instanceof PropertyBindingException) {
            return "is not a known field";
        }
        if (exception instanceof InvalidNullException) {
            return "must not be null";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expectation(mismatch.getTargetType());
        }
        return INVALID;
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be an ISO-8601 date-time with offset";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date";
        }
        if (type == LocalTime.class) {
            return "must be a time of day (HH:MM)";
        }
        if (type == Duration.class) {
            return "must be an ISO-8601 duration";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "must be a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return INVALID;
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code items[0].name} from a bean-validation path, without the method and parameter-list nodes. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && StringUtils.hasText(node.getName())) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "request" : path.toString();
    }

    private static String parameterName(MethodParameter parameter) {
        String declared = declaredName(parameter);
        if (StringUtils.hasText(declared)) {
            return declared;
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    // The raw annotations: their name and value aliases are not merged here, so read both.
    private static @Nullable String declaredName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return either(param.name(), param.value());
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null) {
            return either(variable.name(), variable.value());
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return either(header.name(), header.value());
        }
        CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
        return cookie != null ? either(cookie.name(), cookie.value()) : null;
    }

    private static String either(String name, String value) {
        return StringUtils.hasText(name) ? name : value;
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return StringUtils.hasText(message) ? message : INVALID;
    }

    private static List<InvalidField> sorted(List<InvalidField> fields) {
        return fields.stream().distinct()
                .sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
                .toList();
    }
}
