package dev.hearth.launcher.cli;

import dev.hearth.launcher.Ports;
import dev.hearth.launcher.process.HostJvm;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./hearth bench}: runs the benchmark's own jar (module {@code bench}, never part of
 * {@code verify}) against the platform of a home, building the jar on first use. The launcher
 * tells the benchmark where that platform answers; options the user gives win.
 */
final class BenchCommand {

    static final String BUILD = "./mvnw -B -q -pl bench -am package -DskipTests";

    private final Path repoRoot;
    private final PrintStream err;

    BenchCommand(Path repoRoot, PrintStream err) {
        this.repoRoot = repoRoot;
        this.err = err;
    }

    /** The benchmark's options: the home and its ports first, then the user's (the last of an option wins). */
    static List<String> arguments(Path home, Ports ports, List<String> given) {
        List<String> arguments = new ArrayList<>(List.of(
                "--home", home.toAbsolutePath().normalize().toString(),
                "--gateway", "http://localhost:" + ports.gateway(),
                "--insights", "http://localhost:" + ports.insights(),
                "--postgres-port", Integer.toString(ports.postgres())));
        arguments.addAll(given);
        return arguments;
    }

    /** The newest {@code bench/target/bench-*-cli.jar}, should an older version's still lie around. */
    static Optional<Path> newestJar(Path repoRoot) {
        Path target = repoRoot.resolve("bench").resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith("bench-") && name.endsWith("-cli.jar");
            }).max(Comparator.comparing(BenchCommand::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }

    /** Runs the benchmark in the foreground, from the repository; its exit code is the command's. */
    int run(List<String> arguments) throws IOException, InterruptedException {
        Optional<Path> jar = newestJar(repoRoot);
        if (jar.isEmpty()) {
            err.println("hearth: building the benchmark (first use): " + BUILD);
            int built = new ProcessBuilder(List.of(repoRoot.resolve("mvnw").toString(), "-B", "-q", "-pl", "bench", "-am",
                    "package", "-DskipTests")).directory(repoRoot.toFile()).inheritIO().start().waitFor();
            jar = newestJar(repoRoot);
            if (built != 0 || jar.isEmpty()) {
                err.println("hearth bench: the benchmark did not build (exit " + built + ")");
                return 1;
            }
        }
        List<String> command = new ArrayList<>(List.of(HostJvm.javaExecutable(), "-jar", jar.get().toString()));
        command.addAll(arguments);
        return new ProcessBuilder(command).directory(repoRoot.toFile()).inheritIO().start().waitFor();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
