package dev.hearth.platform.local;

import dev.hearth.contracts.Topic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.jspecify.annotations.Nullable;

/**
 * A real Apache Kafka broker (KRaft combined mode: broker and controller, one node) running in its
 * own JVM, from the {@code kafka_2.13} jars on the class path.
 *
 * <p>Why a separate JVM rather than an in-process broker: a test can stop and restart it with its
 * log intact (fault tests of the publisher's outbox), and the broker's threads, memory and
 * logging never mix with the system under test. The log directory is formatted once and kept
 * across {@link #stop()}/{@link #start()}; ports are chosen once, so a restarted broker is
 * reachable at the same bootstrap address and clients simply reconnect.
 *
 * <p>Plain Java on purpose (no JUnit, no Spring): the local launcher starts its broker with this
 * class too.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBrokerProcess.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMIN_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final int brokerPort;
    private final int controllerPort;
    private final String classpath;
    private final List<String> javaOptions;
    private final Map<String, String> extraBrokerProperties;
    private final boolean exitWithParent;
    private final boolean deleteDirectoryOnClose;
    private final Duration startTimeout;

    private @Nullable Process process;
    /** Held so the child's stdin stays open: its watchdog exits the broker when this pipe closes. */
    private @Nullable OutputStream parentLifeline;
    private Duration lastStartDuration = Duration.ZERO;

    private KafkaBrokerProcess(Builder builder) {
        this.directory = builder.directory.toAbsolutePath();
        int[] free = FreePorts.distinct(2);
        this.brokerPort = builder.brokerPort == 0 ? free[0] : builder.brokerPort;
        this.controllerPort = builder.controllerPort == 0 ? free[1] : builder.controllerPort;
        this.classpath = builder.classpath;
        this.javaOptions = List.copyOf(builder.javaOptions);
        this.extraBrokerProperties = Map.copyOf(builder.extraBrokerProperties);
        this.exitWithParent = builder.exitWithParent;
        this.deleteDirectoryOnClose = builder.deleteDirectoryOnClose;
        this.startTimeout = builder.startTimeout;
    }

    /**
     * A broker on free ports whose data lives in a new temporary directory, deleted by
     * {@link #close()}. Not started yet.
     */
    public static KafkaBrokerProcess inTemporaryDirectory() {
        try {
            return builder(Files.createTempDirectory("hearth-kafka-")).deleteDirectoryOnClose(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the Kafka broker", e);
        }
    }

    /** A broker keeping its configuration, data and log file under {@code directory}. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /**
     * Starts the broker unless it is running, formatting its log directory on the first start, and
     * waits until it answers an Admin {@code describeCluster}.
     *
     * @throws IllegalStateException if the broker exits or does not answer within the start
     *     timeout; the message ends with the tail of {@link #logFile()}
     */
    public synchronized KafkaBrokerProcess start() {
        if (isRunning()) {
            return this;
        }
        // A broker that crashed since the last start leaves only its pipe behind.
        closeLifeline();
        long began = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory());
            Path properties = KafkaBrokerFiles.serverProperties(directory, dataDirectory(), brokerPort, controllerPort,
                    extraBrokerProperties);
            Path logback = KafkaBrokerFiles.logback(directory);
            ProcessBuilder command = new ProcessBuilder(command(properties, logback))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            Process started = command.start();
            process = started;
            parentLifeline = started.getOutputStream();
            if (!exitWithParent) {
                // Nobody watches this pipe; closing it at once keeps no file descriptor around.
                parentLifeline.close();
                parentLifeline = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker in " + directory, e);
        }
        awaitReady();
        lastStartDuration = Duration.ofNanos(System.nanoTime() - began);
        LOG.log(Level.INFO, "Kafka broker at {0} started in {1} ms (pid {2})",
                bootstrapServers(), String.valueOf(lastStartDuration.toMillis()), String.valueOf(pid()));
        return this;
    }

    /**
     * Stops the broker with SIGTERM (a clean shutdown that keeps its log), waits up to 30 s, then
     * kills it. Does nothing if it is not running.
     */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            running.destroy();
            if (!running.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Kafka broker did not stop within {0} s: killing it", STOP_TIMEOUT.toSeconds());
                running.destroyForcibly();
                running.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            closeLifeline();
            process = null;
        }
    }

    /** Stops the broker and, for a temporary broker, deletes its directory. */
    @Override
    public synchronized void close() {
        stop();
        if (deleteDirectoryOnClose) {
            try {
                Directories.deleteRecursively(directory);
            } catch (UncheckedIOException e) {
                LOG.log(Level.WARNING, "could not delete " + directory, e);
            }
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code localhost:<port>}, the same before and after a restart. */
    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path directory() {
        return directory;
    }

    /** The broker's stdout and stderr, appended across restarts. */
    public Path logFile() {
        return directory.resolve("broker.log");
    }

    /** The process id of the running broker, or -1 when it is not running. */
    public synchronized long pid() {
        Process running = process;
        return running != null && running.isAlive() ? running.pid() : -1;
    }

    /** How long the last {@link #start()} took until the broker answered. */
    public synchronized Duration lastStartDuration() {
        return lastStartDuration;
    }

    /**
     * Creates the public topics with the platform's partition count and retention (replication 1:
     * there is one broker). Topics that exist already are left as they are.
     */
    public void createTopics(Collection<Topic> topics) {
        createNewTopics(topics.stream()
                .map(topic -> new NewTopic(topic.topicName(), topic.partitions(), (short) 1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retentionMs()))))
                .toList());
    }

    /** Creates one topic (e.g. a dead-letter topic) unless it exists. */
    public void createTopic(String name, int partitions) {
        createNewTopics(List.of(new NewTopic(name, partitions, (short) 1)));
    }

    private void createNewTopics(List<NewTopic> topics) {
        try (BrokerAdmin admin = new BrokerAdmin(bootstrapServers(), ADMIN_CALL_TIMEOUT)) {
            admin.createTopics(topics);
        }
    }

    private List<String> command(Path properties, Path logback) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-Dlogback.configurationFile=" + logback);
        command.add("-cp");
        command.add(classpath);
        command.add(KafkaBrokerMain.class.getName());
        command.add(properties.toString());
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            command.add("--format");
            command.add(Uuid.randomUuid().toString());
        }
        if (exitWithParent) {
            command.add(ParentWatchdog.FLAG);
        }
        return command;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        try (BrokerAdmin admin = new BrokerAdmin(bootstrapServers(), Duration.ofSeconds(2))) {
            while (true) {
                Process running = Objects.requireNonNull(process);
                if (!running.isAlive()) {
                    process = null;
                    closeLifeline();
                    throw new IllegalStateException("Kafka broker exited with code " + running.exitValue()
                            + " while starting; end of " + logFile() + ":\n" + logTail());
                }
                if (admin.answers()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    stop();
                    throw new IllegalStateException("Kafka broker did not answer within " + startTimeout
                            + "; end of " + logFile() + ":\n" + logTail());
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private String logTail() {
        try (Stream<String> lines = Files.lines(logFile(), StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log file unreadable: " + e.getMessage() + ")";
        }
    }

    private void closeLifeline() {
        OutputStream lifeline = parentLifeline;
        parentLifeline = null;
        if (lifeline != null) {
            try {
                lifeline.close();
            } catch (IOException e) {
                // The child is gone already; nothing is left to tell it.
            }
        }
    }


    /** Options of a broker; ports left at 0 are chosen free once, at {@link #build()}. */
    public static final class Builder {

        /**
         * Lean on purpose: with the serial collector and only the C1 compiler the broker starts on
         * about a quarter less CPU (measured on 2 cores), which matters while a test suite or
         * services start beside it. A benchmark run may prefer the full JIT.
         */
        public static final List<String> DEFAULT_JAVA_OPTIONS =
                List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        private final Path directory;
        private int brokerPort;
        private int controllerPort;
        private String classpath = System.getProperty("java.class.path");
        private final List<String> javaOptions = new ArrayList<>(DEFAULT_JAVA_OPTIONS);
        private final Map<String, String> extraBrokerProperties = new LinkedHashMap<>();
        private boolean exitWithParent = true;
        private boolean deleteDirectoryOnClose;
        /** Generous: on a loaded 2-core machine a start was measured at over 40 s. */
        private Duration startTimeout = Duration.ofSeconds(120);

        private Builder(Path directory) {
            this.directory = directory;
        }

        /** The client port ({@code PLAINTEXT}); 0, the default, picks a free one. */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** The KRaft controller port; 0, the default, picks a free one. */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /** Where the broker's JVM finds the Kafka jars; by default this JVM's class path. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Replaces the broker JVM's options ({@link #DEFAULT_JAVA_OPTIONS} by default). */
        public Builder javaOptions(List<String> options) {
            javaOptions.clear();
            javaOptions.addAll(options);
            return this;
        }

        /** A broker setting added to, or overriding, the defaults. */
        public Builder brokerProperty(String key, String value) {
            extraBrokerProperties.put(key, value);
            return this;
        }

        /**
         * Whether the broker exits when this JVM dies (default true). A launcher whose broker
         * must outlive it turns this off and keeps the {@link #pid()} instead.
         */
        public Builder exitWithParent(boolean exitWithParent) {
            this.exitWithParent = exitWithParent;
            return this;
        }

        public Builder deleteDirectoryOnClose(boolean delete) {
            this.deleteDirectoryOnClose = delete;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public KafkaBrokerProcess build() {
            return new KafkaBrokerProcess(this);
        }
    }
}
