package dev.hearth.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The services' Boot jars: where {@code up} finds them, and building the missing ones, and those older
 * than their sources, with {@code ./mvnw}.
 */
record JarBuilder(Path repoRoot, String version, Progress progress) {

    /** {@code <repo>/<module>/target/<module>-<version>.jar}. */
    Path jarOf(Component service) {
        String module = service.processName();
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    /**
     * Builds the jars of {@code services} that are missing or older than their sources, or all of
     * them when {@code force}. A failed build is reported, and {@code up} goes on with what is built.
     */
    void build(List<Component> services, boolean force) {
        List<Component> missing = services.stream().filter(service -> !Files.exists(jarOf(service))).toList();
        List<Component> stale = services.stream().filter(service -> !missing.contains(service) && isStale(service)).toList();
        if (missing.isEmpty() && stale.isEmpty() && !force) {
            return;
        }
        List<Component> toBuild = force ? services : Stream.concat(missing.stream(), stale.stream()).toList();
        String modules = String.join(",", toBuild.stream().map(Component::processName).toList());
        // A stale jar is rebuilt whole: Maven would keep a jar whose own module did not change.
        List<String> command = command(modules, force || !stale.isEmpty());
        if (!stale.isEmpty()) {
            progress.say("older than their sources: " + String.join(", ", stale.stream().map(Component::processName).toList()));
        }
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

    /**
     * True when a file the service's jar is built from (its module's, {@code platform}'s or
     * {@code contracts}' main sources and resources, or a {@code pom.xml} on the way) changed after
     * the jar was written: a checkout that moved on (a pull, a merge, an edit) must not start old code.
     */
    boolean isStale(Component service) {
        Path jar = jarOf(service);
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            List<Path> roots = List.of(repoRoot.resolve(service.processName()), repoRoot.resolve("platform"),
                    repoRoot.resolve("contracts"));
            if (newer(repoRoot.resolve("pom.xml"), built)) {
                return true;
            }
            for (Path root : roots) {
                if (Files.isDirectory(root) && anySourceNewer(root, built)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Any {@code pom.xml} or file under a {@code src/main} below {@code root} written after {@code built}; {@code target} skipped. */
    private static boolean anySourceNewer(Path root, FileTime built) throws IOException {
        boolean[] found = {false};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                String name = directory.getFileName().toString();
                boolean tests = name.equals("test") && directory.getParent() != null
                        && directory.getParent().getFileName().toString().equals("src");
                return name.equals("target") || tests || name.startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean input = file.getFileName().toString().equals("pom.xml")
                        || root.relativize(file).toString().replace('\\', '/').contains("src/main/");
                if (input && attributes.lastModifiedTime().compareTo(built) > 0) {
                    found[0] = true;
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            return false;
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
