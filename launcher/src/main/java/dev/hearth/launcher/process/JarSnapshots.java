package dev.hearth.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies of the jars the platform runs from. A JVM reads classes from its jar lazily, so a
 * rebuild that rewrites the jar (a {@code ./mvnw package} while the platform runs) breaks the
 * running process at its next class load. Processes run from a copy instead; a new copy gets a
 * new file (moved into place), so processes still running the old one are untouched.
 */
public final class JarSnapshots {

    private final Path directory;

    public JarSnapshots(Path directory) {
        this.directory = directory;
    }

    /** A copy of {@code jar}, refreshed when the original changed since the last copy. */
    public synchronized Path of(Path jar) {
        Path copy = directory.resolve(jar.getFileName());
        try {
            if (Files.exists(copy) && Files.size(copy) == Files.size(jar)
                    && Files.getLastModifiedTime(copy).toMillis() == Files.getLastModifiedTime(jar).toMillis()) {
                return copy;
            }
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, jar.getFileName().toString(), ".tmp");
            Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + jar + " to " + directory, e);
        }
    }
}
