package dev.hearth.launcher;

import dev.hearth.launcher.process.JvmFlags;
import java.util.List;

/**
 * The JVM flags the platform's processes run with. {@link #START_UP} (plain {@code ./hearth up})
 * starts four Boot services and two host JVMs on two cores on the least CPU: C1 alone, the serial
 * collector, heaps that grow as needed. {@link #TUNED} ({@code ./hearth up --tuned}) is for
 * benchmarks: the full JIT (C1 then C2) in the services, the gateway and the Kafka and Mongo host
 * JVMs, and fixed heaps ({@code -Xms} = {@code -Xmx}, no resizing) under the parallel collector,
 * whose young pauses two cores shorten. The heaps (services 1 GB, the Mongo host its cache plus
 * 768 MB; the machine has memory to spare, its two cores do not) keep a long run's full collections
 * rare: at 512 MB they came every few minutes and stopped a process for a quarter to half a second.
 * The services' few are at start-up; the Mongo host still has one now and then (docs/benchmarks.md).
 * PostgreSQL is a native server; its small supervising JVM is the same in both.
 */
public enum JvmProfile {

    START_UP("start-up",
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx512m"),
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
    TUNED("tuned",
            List.of("-XX:+UseParallelGC", "-Xms1g", "-Xmx1g", "-Xss512k"),
            List.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"));

    private final String label;
    private final List<String> serviceOptions;
    private final List<String> kafkaOptions;

    JvmProfile(String label, List<String> serviceOptions, List<String> kafkaOptions) {
        this.label = label;
        this.serviceOptions = serviceOptions;
        this.kafkaOptions = kafkaOptions;
    }

    /** As {@code ./hearth status} shows it: {@code start-up} or {@code tuned}. */
    public String label() {
        return label;
    }

    /** The services' and the gateway's flags (what {@code HEARTH_SERVICE_JAVA_OPTS} replaces). */
    public List<String> serviceOptions() {
        return serviceOptions;
    }

    JvmFlags services() {
        return new JvmFlags(label, serviceOptions);
    }

    JvmFlags kafka() {
        return new JvmFlags(label, kafkaOptions);
    }

    /** The Mongo server keeps its page cache on the heap: the cache and room to work beside it. */
    JvmFlags mongo(int cacheMb) {
        String heap = (cacheMb + (this == TUNED ? 768 : 256)) + "m";
        return new JvmFlags(label, switch (this) {
            case START_UP -> List.of("-Xms64m", "-Xmx" + heap, "-XX:+UseSerialGC");
            case TUNED -> List.of("-XX:+UseParallelGC", "-Xms" + heap, "-Xmx" + heap);
        });
    }
}
