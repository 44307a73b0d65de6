package dev.hearth.launcher;

import dev.hearth.platform.local.LocalMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Options of a {@link Platform}; only {@link #home(Path)} is required. */
public final class PlatformBuilder {

    private @Nullable Path home;
    private Path repoRoot = Path.of("");
    private Ports ports = Ports.defaults();
    private boolean freePorts;
    private boolean detached;
    private boolean buildMissingJars;
    private boolean forceBuild;
    private Duration startTimeout = Duration.ofSeconds(180);
    private @Nullable String consumerGroup = Platform.INSIGHTS_CONSUMER_GROUP;
    private Duration consumerGroupGrace = Duration.ofSeconds(15);
    private List<Component> services = Component.services();
    private JvmProfile profile = JvmProfile.START_UP;
    private @Nullable List<String> serviceJavaOptions;
    private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
    private int mongoCacheMb = LocalMongo.DEFAULT_CACHE_MB;
    private String classpath = System.getProperty("java.class.path");
    private Consumer<String> progress = System.out::println;

    PlatformBuilder() {
    }

    /** The folder holding data, logs, pid files and keys (created if missing). */
    public PlatformBuilder home(Path home) {
        this.home = home;
        return this;
    }

    /** The repository whose {@code <service>/target/} folders hold the service jars. */
    public PlatformBuilder repoRoot(Path repoRoot) {
        this.repoRoot = repoRoot;
        return this;
    }

    /** Fixed ports ({@link Ports#defaults()} unless given). */
    public PlatformBuilder ports(Ports ports) {
        this.ports = ports;
        this.freePorts = false;
        return this;
    }

    /** Every listener on a port the operating system hands out: never clashes with a running platform. */
    public PlatformBuilder freePorts() {
        this.freePorts = true;
        return this;
    }

    /**
     * Whether the children outlive this JVM ({@code ./hearth up}); by default they exit when
     * it dies.
     */
    public PlatformBuilder detached(boolean detached) {
        this.detached = detached;
        return this;
    }

    /** Build service jars that are missing with {@code ./mvnw package} first. */
    public PlatformBuilder buildMissingJars(boolean build) {
        this.buildMissingJars = build;
        return this;
    }

    /** Rebuild the service jars even if they exist. */
    public PlatformBuilder forceBuild(boolean force) {
        this.forceBuild = force;
        this.buildMissingJars = this.buildMissingJars || force;
        return this;
    }

    /** How long {@code up} waits for everything to be healthy (180 s by default). */
    public PlatformBuilder startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** The consumer group {@code up} waits for; null waits for none. */
    public PlatformBuilder consumerGroup(@Nullable String group) {
        this.consumerGroup = group;
        return this;
    }

    /** How long a consumer group that does not exist yet is awaited before the check is skipped. */
    public PlatformBuilder consumerGroupGrace(Duration grace) {
        this.consumerGroupGrace = grace;
        return this;
    }

    /** Which services to start (all four by default); infrastructure always starts. */
    public PlatformBuilder services(List<Component> services) {
        if (services.stream().anyMatch(component -> !component.isService())) {
            throw new IllegalArgumentException("not services: " + services);
        }
        this.services = Component.services().stream().filter(services::contains).toList();
        return this;
    }

    /**
     * The JVM flags of the services and the Kafka and Mongo hosts ({@link JvmProfile#START_UP} by
     * default). A component running with other flags is restarted by {@code up}.
     */
    public PlatformBuilder profile(JvmProfile profile) {
        this.profile = profile;
        return this;
    }

    /** JVM options of the service processes, replacing the profile's ({@link JvmProfile#serviceOptions()}). */
    public PlatformBuilder serviceJavaOptions(List<String> options) {
        this.serviceJavaOptions = List.copyOf(options);
        return this;
    }

    /** An environment variable added to every service (e.g. shorter client timeouts in tests). */
    public PlatformBuilder serviceEnvironment(String name, String value) {
        this.serviceEnvironment.put(name, value);
        return this;
    }

    /** The Mongo server's page cache ({@value LocalMongo#DEFAULT_CACHE_MB} MB by default). */
    public PlatformBuilder mongoCacheMb(int megabytes) {
        if (megabytes <= 0) {
            throw new IllegalArgumentException("the Mongo cache needs at least 1 MB");
        }
        this.mongoCacheMb = megabytes;
        return this;
    }

    /** The class path of the broker and host JVMs; by default this JVM's, which holds the launcher. */
    public PlatformBuilder classpath(String classpath) {
        this.classpath = classpath;
        return this;
    }

    /** Where progress lines go (standard output by default). */
    public PlatformBuilder progress(Consumer<String> progress) {
        this.progress = progress;
        return this;
    }

    public Platform build() {
        Path chosen = home;
        if (chosen == null) {
            throw new IllegalStateException("a platform needs a home folder: Platform.builder().home(path)");
        }
        return new Platform(new Settings(new PlatformHome(chosen), repoRoot.toAbsolutePath().normalize(),
                freePorts ? null : ports, detached, buildMissingJars, forceBuild, startTimeout, consumerGroup,
                consumerGroupGrace, services, profile, serviceJavaOptions, serviceEnvironment, mongoCacheMb, classpath,
                LauncherVersion.get()), progress);
    }
}
