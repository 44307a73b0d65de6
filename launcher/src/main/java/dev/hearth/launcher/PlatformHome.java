package dev.hearth.launcher;

import dev.hearth.launcher.process.PidFile;
import dev.hearth.platform.local.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where one platform keeps everything: {@code kafka/} (log directory), {@code postgres/data},
 * {@code mongo/hearth.mv}, {@code keys/}, {@code logs/<name>.log}, {@code run/<name>.pid} with
 * {@code run/<name>.jvm} (its JVM profile) and the ports of the last {@code up} in
 * {@code run/ports.properties}.
 */
public record PlatformHome(Path root) {

    public PlatformHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path kafkaDirectory() {
        return root.resolve("kafka");
    }

    public Path postgresData() {
        return root.resolve("postgres").resolve("data");
    }

    public Path mongoFile() {
        return root.resolve("mongo").resolve("hearth.mv");
    }

    public Path keysDirectory() {
        return root.resolve("keys");
    }

    public Path logsDirectory() {
        return root.resolve("logs");
    }

    public Path runDirectory() {
        return root.resolve("run");
    }

    /**
     * {@code logs/<name>.log}; the broker writes {@code kafka/broker.log} itself, which
     * {@code logs/kafka.log} links to.
     */
    public Path logFile(Component component) {
        return logsDirectory().resolve(component.processName() + ".log");
    }

    public PidFile pidFile(Component component) {
        return new PidFile(runDirectory().resolve(component.processName() + ".pid"));
    }

    /** {@code run/<name>.jvm}: the JVM flags and profile the running component was started with. */
    public Path jvmFile(Component component) {
        return runDirectory().resolve(component.processName() + ".jvm");
    }

    public Path portsFile() {
        return runDirectory().resolve("ports.properties");
    }

    public void createDirectories() {
        try {
            for (Path directory : List.of(root, kafkaDirectory(), postgresData().getParent(), mongoFile().getParent(),
                    logsDirectory(), runDirectory())) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the platform's folders under " + root, e);
        }
    }

    /** The ports the last {@code up} used, so {@code status}, {@code down} and {@code events} find them. */
    public Optional<Ports> readPorts() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(portsFile())) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + portsFile(), e);
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        try {
            for (String variable : Ports.defaults().byVariable().keySet()) {
                String value = properties.getProperty(variable);
                if (value == null) {
                    return Optional.empty();
                }
                values.put(variable, Integer.parseInt(value.trim()));
            }
            return Optional.of(Ports.fromVariables(values));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void writePorts(Ports ports) {
        Properties properties = new Properties();
        ports.byVariable().forEach((variable, port) -> properties.setProperty(variable, Integer.toString(port)));
        try {
            Files.createDirectories(runDirectory());
            Path temporary = portsFile().resolveSibling("ports.properties.tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Ports of the last ./hearth up");
            }
            Files.move(temporary, portsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + portsFile(), e);
        }
    }

    /**
     * Deletes the data, logs and run records; keeps {@code keys/}, so tokens already minted stay
     * valid. Only the platform's own folders are touched, whatever else the home holds.
     */
    public void wipeData() {
        for (Path directory : List.of(kafkaDirectory(), postgresData().getParent(), mongoFile().getParent(),
                logsDirectory(), runDirectory())) {
            Directories.deleteRecursively(directory);
        }
    }

}
