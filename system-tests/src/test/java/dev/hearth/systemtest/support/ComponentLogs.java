package dev.hearth.systemtest.support;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Endpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The logs of every component and the launcher's own progress lines, copied out of the temporary
 * home into {@code target/system-test-logs/} when something failed: the home is deleted after the run.
 */
final class ComponentLogs {

    private final Path target;
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    ComponentLogs(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    Path target() {
        return target;
    }

    /** The launcher's progress sink: printed as it comes and kept for {@code launcher.log}. */
    void progress(String line) {
        progress.add(line);
        System.out.println("[platform] " + line);
    }

    /** Logs of an earlier failed run would pass for this run's. */
    void clear() {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> files = Files.list(target)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + target, e);
        }
    }

    /** Copies what exists now (a later copy replaces it with the longer logs). */
    void copyFrom(Endpoints endpoints) {
        try {
            Files.createDirectories(target);
            for (Component component : Component.values()) {
                Path log = endpoints.logFile(component);
                if (Files.isRegularFile(log)) {
                    Files.copy(log, target.resolve(component.processName() + ".log"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path ports = endpoints.home().portsFile();
            if (Files.isRegularFile(ports)) {
                Files.copy(ports, target.resolve("ports.properties"), StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> lines;
            synchronized (progress) {
                lines = List.copyOf(progress);
            }
            Files.write(target.resolve("launcher.log"), lines);
        } catch (IOException e) {
            // Copying logs must never hide the failure that asked for them.
            System.err.println("could not copy the platform's logs to " + target + ": " + e);
        }
    }
}
