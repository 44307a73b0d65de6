package dev.hearth.launcher;

import dev.hearth.launcher.process.JvmFlags;
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
 * @param profile the JVM profile of the services and the Kafka and Mongo hosts
 * @param customServiceJavaOptions the services' own flags, replacing the profile's, or null
 * @param classpath the class path of the broker and host JVMs
 * @param version the project version of the service jars
 */
record Settings(PlatformHome home, Path repoRoot, @Nullable Ports fixedPorts, boolean detached,
                boolean buildMissingJars, boolean forceBuild, Duration startTimeout,
                @Nullable String consumerGroup, Duration consumerGroupGrace, List<Component> services,
                JvmProfile profile, @Nullable List<String> customServiceJavaOptions,
                Map<String, String> serviceEnvironment, int mongoCacheMb, String classpath, String version) {

    static final String CUSTOM_PROFILE = "custom";

    Settings {
        services = List.copyOf(services);
        customServiceJavaOptions = customServiceJavaOptions == null ? null : List.copyOf(customServiceJavaOptions);
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    /** The flags of the services and the gateway. */
    JvmFlags serviceJvm() {
        List<String> custom = customServiceJavaOptions;
        return custom == null ? profile.services() : new JvmFlags(CUSTOM_PROFILE, custom);
    }

    JvmFlags kafkaJvm() {
        return profile.kafka();
    }

    JvmFlags mongoJvm() {
        return profile.mongo(mongoCacheMb);
    }
}
