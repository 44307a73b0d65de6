package dev.hearth.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PlatformBuilder} chose, read by the parts that start, wait for and stop the
 * platform.
 *
 * @param fixedPorts the ports to use, or null for ports the operating system hands out
 * @param classpath the class path of the broker and host JVMs
 * @param version the project version of the service jars
 */
record Settings(PlatformHome home, Path repoRoot, @Nullable Ports fixedPorts, boolean detached,
                boolean buildMissingJars, boolean forceBuild, Duration startTimeout,
                @Nullable String consumerGroup, Duration consumerGroupGrace, List<Component> services,
                List<String> serviceJavaOptions, Map<String, String> serviceEnvironment, int mongoCacheMb,
                String classpath, String version) {

    Settings {
        services = List.copyOf(services);
        serviceJavaOptions = List.copyOf(serviceJavaOptions);
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }
}
