package dev.hearth.platform.test.openapi;

import dev.hearth.platform.test.OpenApiDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every operation of every committed API document, {@code docs/openapi/<service>.json}, read from the repository. */
public final class ApiOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ApiOperations() {
    }

    /** The operations of every document in {@code docs/openapi/}, by service then path then method. */
    public static List<ApiOperation> committed() {
        List<ApiOperation> operations = new ArrayList<>();
        try (DirectoryStream<Path> documents = Files.newDirectoryStream(OpenApiDocuments.committedDirectory(), "*.json")) {
            List<Path> sorted = new ArrayList<>();
            documents.forEach(sorted::add);
            sorted.sort(null);
            for (Path document : sorted) {
                String file = document.getFileName().toString();
                operations.addAll(read(file.substring(0, file.length() - ".json".length()) + "-service",
                        JSON.readTree(Files.readString(document))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the committed API documents", e);
        }
        return operations;
    }

    /** The operations of one document; the service is named as the authorization matrix names it. */
    public static List<ApiOperation> read(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<String> parameters = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(path.getKey());
            while (placeholder.find()) {
                parameters.add(placeholder.group(1));
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("in").asString("").equals("query")) {
                        query.add(parameter.path("name").asString());
                    }
                }
                int success = operation.path("responses").propertyNames().stream()
                        .filter(status -> status.startsWith("2")).mapToInt(Integer::parseInt).min().orElse(200);
                operations.add(new ApiOperation(service, method.toUpperCase(Locale.ROOT), path.getKey(), parameters, query,
                        success, schema.isMissingNode() ? null : resolved(schema, document, 0)));
            }
        }
        return operations;
    }

    /** The schema with each {@code $ref} replaced by what it names (documents have no cycles; the depth guards anyway). */
    private static @Nullable JsonNode resolved(JsonNode schema, JsonNode document, int depth) {
        if (depth > 16) {
            throw new IllegalStateException("schema references nested deeper than 16: " + schema);
        }
        JsonNode reference = schema.get("$ref");
        if (reference != null) {
            JsonNode target = document.at(reference.asString().substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolved " + reference);
            }
            return resolved(target, document, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("properties")) {
                ObjectNode properties = JSON.createObjectNode();
                value.properties().forEach(property -> properties.set(property.getKey(), resolved(property.getValue(), document, depth + 1)));
                copy.set("properties", properties);
            } else if (field.getKey().equals("items")) {
                copy.set("items", resolved(value, document, depth + 1));
            } else {
                copy.set(field.getKey(), value);
            }
        }
        return copy;
    }
}
