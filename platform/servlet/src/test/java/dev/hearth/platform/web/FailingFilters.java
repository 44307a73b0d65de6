package dev.hearth.platform.web;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** A filter that throws on one path, so that its error reaches the container's error page. */
public final class FailingFilters {

    private FailingFilters() {
    }

    /** A filter on {@code path} that throws an {@link IllegalStateException} with {@code message}. */
    public static FilterRegistrationBean<Filter> throwingAt(String path, String message) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            throw new IllegalStateException(message);
        });
        registration.addUrlPatterns(path);
        return registration;
    }
}
