package dev.hearth.systemtest.support;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The launcher runs whatever jar lies at {@code <module>/target/<module>-<version>.jar}: before a
 * 90-second start, make sure each is there and is Boot's repackaged jar, not the plain one.
 */
final class ServiceJars {

    private ServiceJars() {
    }

    static void requireBootJars(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Component service : Component.services()) {
            Path jar = platform.jarOf(service);
            if (!Files.isRegularFile(jar)) {
                problems.add(service + ": no jar at " + jar);
            } else if (!isBootJar(jar)) {
                problems.add(service + ": " + jar + " is not a Spring Boot executable jar (no BOOT-INF/)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems)
                    + "\npackage the services first: ./mvnw -B package -DskipTests");
        }
    }

    private static boolean isBootJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("BOOT-INF/") != null || zip.stream().anyMatch(entry -> entry.getName().startsWith("BOOT-INF/"));
        } catch (IOException e) {
            return false;
        }
    }
}
