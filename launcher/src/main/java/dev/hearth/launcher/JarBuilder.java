package dev.hearth.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The services' Boot jars: where {@code up} finds them, and building the missing ones with {@code ./mvnw}. */
record JarBuilder(Path repoRoot, String version, Progress progress) {

    /** {@code <repo>/<module>/target/<module>-<version>.jar}. */
    Path jarOf(Component service) {
        String module = service.processName();
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    /**
     * Builds the jars of {@code services} that are missing, or all of them when {@code force}. A
     * failed build is reported, and {@code up} goes on with what is built.
     */
    void build(List<Component> services, boolean force) {
        List<Component> missing = services.stream().filter(service -> !Files.exists(jarOf(service))).toList();
        if (missing.isEmpty() && !force) {
            return;
        }
        String modules = String.join(",", (force ? services : missing).stream().map(Component::processName).toList());
        List<String> command = command(modules, force);
        progress.say("building " + modules + " (" + String.join(" ", command.subList(1, command.size())) + ") …");
        long began = System.nanoTime();
        try {
            Process build = new ProcessBuilder(command).directory(repoRoot.toFile()).inheritIO().start();
            int exit = build.waitFor();
            double seconds = (System.nanoTime() - began) / 1e9;
            if (exit == 0) {
                progress.say(String.format(Locale.ROOT, "build finished in %.1f s", seconds));
            } else {
                progress.say(String.format(Locale.ROOT, "build FAILED (exit %d) after %.1f s; starting what is built",
                        exit, seconds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        }
    }

    /** {@code ./mvnw -B -q package -DskipTests -pl <modules> -am}. */
    List<String> command(String modules, boolean force) {
        // Only the services and what they need: rebuilding the launcher would rewrite the jars this JVM runs from.
        // forceCreation: otherwise a service jar is not repackaged when only a module it depends on changed.
        List<String> command = new ArrayList<>(List.of(repoRoot.resolve("mvnw").toString(), "-B", "-q", "package",
                "-DskipTests", "-pl", modules, "-am"));
        if (force) {
            command.add("-Dmaven.jar.forceCreation=true");
        }
        return command;
    }
}
