package dev.hearth.launcher.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The JVM flags a component was started with, and the profile they come from ({@code start-up},
 * {@code tuned}, or {@code custom} for {@code HEARTH_SERVICE_JAVA_OPTS}); kept beside its pid file
 * ({@code run/<name>.jvm}) so that a later {@code up} knows what runs and {@code status} can say it.
 */
public record JvmFlags(String profile, List<String> options) {

    /** The profile every component ran with before profiles were recorded. */
    public static final String UNRECORDED_PROFILE = "start-up";

    public JvmFlags {
        options = List.copyOf(options);
    }

    /**
     * Whether a running component must be restarted to run with {@code wanted}: its flags differ. A
     * component started before flags were recorded ran with the start-up profile or the user's own
     * flags, and is left alone unless another profile is asked for.
     */
    public static boolean needsRestart(Optional<JvmFlags> running, JvmFlags wanted) {
        return running.map(flags -> !flags.equals(wanted))
                .orElse(!wanted.profile().equals(UNRECORDED_PROFILE) && !wanted.profile().equals("custom"));
    }

    public static Optional<JvmFlags> read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String profile = properties.getProperty("profile");
        String options = properties.getProperty("options");
        if (profile == null || options == null) {
            return Optional.empty();
        }
        return Optional.of(new JvmFlags(profile,
                Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList()));
    }

    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("profile", profile);
        properties.setProperty("options", String.join(" ", options));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "JVM flags of the running process");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
