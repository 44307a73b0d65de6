package dev.hearth.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The files under test, read from the repository this module sits in. */
final class Repository {

    /** The four Spring Boot applications, each an image built from deploy/Dockerfile. */
    static final List<String> SERVICES = List.of("journal-service", "commitment-service", "insights-service", "gateway");

    private Repository() {
    }

    static Path root() {
        return Path.of(Objects.requireNonNull(System.getProperty("hearth.repository"),
                "hearth.repository is set by surefire (see deploy/pom.xml)")).normalize();
    }

    /** The project version: the jars the Dockerfiles copy carry it. */
    static String version() {
        return Objects.requireNonNull(System.getProperty("hearth.version"), "hearth.version is set by surefire");
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    /**
     * The repository's files that match, as paths relative to the root with {@code /} between
     * names; build output, hidden folders ({@code .git}, {@code .hearth}, an IDE's) are not walked.
     */
    static List<String> files(Predicate<Path> matching) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    String name = directory.equals(root()) ? "" : directory.getFileName().toString();
                    return name.equals("target") || name.equals("node_modules") || name.startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (matching.test(file)) {
                        found.add(root().relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root(), e);
        }
        return found;
    }

    /** A YAML document as maps, lists and scalars; plain types only (no tags are honoured). */
    static Map<String, Object> yaml(String relative) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(read(relative));
        return Objects.requireNonNull(document, relative + " is empty");
    }
}
