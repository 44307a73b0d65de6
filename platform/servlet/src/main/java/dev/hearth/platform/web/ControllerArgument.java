package dev.hearth.platform.web;

import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A parameter type controllers take, made from the request being handled (the {@code Caller}, a create's
 * {@link IdempotencyKeyHeader}). Declared as a bean, it is registered with Spring MVC by
 * {@link HearthProblemsAutoConfiguration}: one way to add one.
 */
public record ControllerArgument<T>(Class<T> type, Function<NativeWebRequest, T> fromRequest)
        implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == type;
    }

    @Override
    public T resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return fromRequest.apply(request);
    }
}
