package dev.hearth.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code docker-compose.yml} as the tests ask about it. */
final class ComposeFile {

    /** What a short-form {@code depends_on} entry means to Compose. */
    static final String STARTED = "service_started";

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile load() {
        return new ComposeFile(Repository.yaml("docker-compose.yml"));
    }

    Set<String> serviceNames() {
        return map(document, "services").keySet();
    }

    Service service(String name) {
        Map<String, Object> services = map(document, "services");
        if (!services.containsKey(name)) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return new Service(name, map(services, name));
    }

    List<Service> services() {
        return serviceNames().stream().map(this::service).toList();
    }

    /** A top-level section such as {@code secrets} or {@code volumes}. */
    Map<String, Object> section(String name) {
        return map(document, name);
    }

    record Service(String name, Map<String, Object> definition) {

        Optional<String> image() {
            return Optional.ofNullable(definition.get("image")).map(String::valueOf);
        }

        /** The build context: {@code build: ./dir} or {@code build: {context: ./dir}}. */
        Optional<String> build() {
            Object build = definition.get("build");
            if (build instanceof Map<?, ?> options) {
                return Optional.ofNullable(options.get("context")).map(String::valueOf);
            }
            return Optional.ofNullable(build).map(String::valueOf);
        }

        /** The Dockerfile, relative to the build context; Compose's default is {@code Dockerfile} in the context. */
        Optional<String> dockerfile() {
            if (definition.get("build") instanceof Map<?, ?> options) {
                return Optional.of(String.valueOf(options.get("dockerfile") == null ? "Dockerfile" : options.get("dockerfile")));
            }
            return build().map(context -> "Dockerfile");
        }

        /** The build arguments: {@code args: {NAME: value}} or {@code args: ["NAME=value"]}. */
        Map<String, String> buildArgs() {
            Map<String, String> arguments = new LinkedHashMap<>();
            if (definition.get("build") instanceof Map<?, ?> options) {
                Object args = options.get("args");
                if (args instanceof Map<?, ?> entries) {
                    entries.forEach((name, value) -> arguments.put(String.valueOf(name), String.valueOf(value)));
                } else if (args instanceof List<?> entries) {
                    for (Object entry : entries) {
                        String text = String.valueOf(entry);
                        if (!text.contains("=")) {
                            throw new AssertionError(name + ": build argument " + text + " has no value in docker-compose.yml");
                        }
                        arguments.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
                    }
                }
            }
            return arguments;
        }

        /** Values as Compose hands them to the container, e.g. {@code 1} and {@code "true"} as text. */
        Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            map(definition, "environment").forEach((key, value) -> environment.put(key, String.valueOf(value)));
            return environment;
        }

        List<String> ports() {
            return strings("ports");
        }

        List<String> volumes() {
            return strings("volumes");
        }

        List<String> secrets() {
            return strings("secrets");
        }

        List<String> command() {
            return strings("command");
        }

        List<String> entrypoint() {
            return strings("entrypoint");
        }

        Optional<Map<String, Object>> healthcheck() {
            return definition.containsKey("healthcheck") ? Optional.of(map(definition, "healthcheck")) : Optional.empty();
        }

        /** Each dependency with the condition Compose waits for. */
        Map<String, String> dependsOn() {
            Object dependsOn = definition.get("depends_on");
            Map<String, String> conditions = new LinkedHashMap<>();
            if (dependsOn instanceof List<?> names) {
                names.forEach(name -> conditions.put(String.valueOf(name), STARTED));
            } else if (dependsOn instanceof Map<?, ?> entries) {
                entries.forEach((name, entry) -> conditions.put(String.valueOf(name),
                        entry instanceof Map<?, ?> options && options.get("condition") != null
                                ? String.valueOf(options.get("condition")) : STARTED));
            }
            return conditions;
        }

        /** Compose's {@code restart}, {@code "no"} when absent. */
        String restart() {
            return String.valueOf(definition.getOrDefault("restart", "no"));
        }

        private List<String> strings(String key) {
            Object value = definition.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return List.of(String.valueOf(value));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        @Nullable Object value = parent.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError(key + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
