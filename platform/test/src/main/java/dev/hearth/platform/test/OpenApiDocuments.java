package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API document of a service, {@code docs/openapi/<service>.json}, against the live one:
 * a change to the API cannot go unnoticed. On a mismatch the live document is written to
 * {@code target/openapi/<service>.json} and the test fails; {@code -Dhearth.openapi.update=true}
 * rewrites the committed file instead.
 */
public final class OpenApiDocuments {

    public static final String UPDATE = "hearth.openapi.update";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiDocuments() {
    }

    /** The service's {@code /v3/api-docs}, asked without a token: answered, and the committed document. */
    public static void assertServedAsCommitted(ApiClient api, String service) {
        ApiResponse document = api.get("/v3/api-docs", null);

        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertMatchesCommitted(service, document.body());
    }

    /** @param live the body of the service's {@code /v3/api-docs} */
    public static void assertMatchesCommitted(String service, String live) {
        String document = normalised(live);
        Path committed = committedDirectory().resolve(service + ".json");
        if (Boolean.getBoolean(UPDATE)) {
            write(committed, document);
            return;
        }
        String expected = Files.exists(committed) ? read(committed) : "";
        if (!expected.equals(document)) {
            Path actual = Path.of("target", "openapi", service + ".json").toAbsolutePath();
            write(actual, document);
            fail("The API of " + service + " differs from " + committed + ": the live document is in " + actual
                    + ". If the change is meant, run the build with -D" + UPDATE + "=true to rewrite the committed file,"
                    + " and commit it.");
        }
    }

    // Keys sorted, two-space indent, a final newline: a diff shows what changed and nothing else.
    private static String normalised(String json) {
        return JSON.writeValueAsString(JSON.readValue(json, Map.class)) + "\n";
    }

    /** {@code docs/openapi/} of the repository this build runs in. */
    public static Path committedDirectory() {
        return repositoryRoot().resolve("docs/openapi");
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root (with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
