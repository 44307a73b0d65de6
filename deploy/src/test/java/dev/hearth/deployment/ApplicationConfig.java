package dev.hearth.deployment;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a service's {@code application.yml} reads: its {@code ${NAME:default}} placeholders (nested
 * ones included) and its property names, which Spring also binds from environment variables in
 * their relaxed form ({@code spring.datasource.url} from {@code SPRING_DATASOURCE_URL}).
 */
final class ApplicationConfig {

    private final Map<String, Object> document;
    private final Map<String, @Nullable String> placeholders = new LinkedHashMap<>();
    private final Set<String> propertyNames = new LinkedHashSet<>();

    ApplicationConfig(Map<String, Object> document) {
        this.document = document;
        walk("", document);
    }

    static ApplicationConfig of(String service) {
        return new ApplicationConfig(Repository.yaml(service + "/src/main/resources/application.yml"));
    }

    /** Placeholder names and their defaults ({@code null} when a placeholder has none). */
    Map<String, @Nullable String> placeholders() {
        return placeholders;
    }

    Set<String> propertyNames() {
        return propertyNames;
    }

    /** Whether an environment variable of this name reaches the application. */
    boolean reads(String variable) {
        return placeholders.containsKey(variable)
                || propertyNames.stream().anyMatch(property -> environmentName(property).equals(variable));
    }

    /** The raw value of a property, placeholders unresolved. */
    Optional<Object> property(String name) {
        Object node = document;
        for (String part : name.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return Optional.empty();
            }
            node = map.get(part);
        }
        return Optional.ofNullable(node);
    }

    /** The placeholder {@code server.port} is read from, e.g. {@code JOURNAL_PORT}. */
    String portVariable() {
        return onlyPlaceholderOf("server.port");
    }

    /** The port the service listens on unless told otherwise. */
    int port() {
        return Integer.parseInt(defaultOf(portVariable()));
    }

    /** The default of a placeholder, which must have one. */
    String defaultOf(String placeholder) {
        String fallback = placeholders.get(placeholder);
        if (fallback == null) {
            throw new IllegalArgumentException(placeholder + " has no default");
        }
        return fallback;
    }

    /** The outermost placeholder of a property's value, e.g. the one of {@code spring.datasource.url}. */
    String onlyPlaceholderOf(String property) {
        String value = property(property).map(String::valueOf)
                .orElseThrow(() -> new IllegalArgumentException("no property " + property));
        Map<String, @Nullable String> found = new LinkedHashMap<>();
        collectPlaceholders(value, found);
        return found.keySet().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(property + " is not a placeholder: " + value));
    }

    /** Spring's relaxed binding from the environment: dots to underscores, dashes dropped, upper case. */
    static String environmentName(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Every {@code ${NAME}} and {@code ${NAME:default}} in {@code text}, and those inside defaults. */
    static void collectPlaceholders(String text, Map<String, @Nullable String> into) {
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = closingBrace(text, start + 2);
            String body = text.substring(start + 2, end);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            String fallback = colon < 0 ? null : body.substring(colon + 1);
            into.put(name, fallback);
            if (fallback != null) {
                collectPlaceholders(fallback, into);
            }
            start = text.indexOf("${", end + 1);
        }
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed placeholder in " + text);
    }

    private void walk(String prefix, @Nullable Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value));
            return;
        }
        propertyNames.add(prefix);
        scan(node);
    }

    /** Placeholders anywhere below a node; indexed properties (routes[0].uri) are named by these only. */
    private void scan(@Nullable Object node) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(this::scan);
        } else if (node instanceof List<?> list) {
            list.forEach(this::scan);
        } else if (node instanceof String text) {
            collectPlaceholders(text, placeholders);
        }
    }
}
