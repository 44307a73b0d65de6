package dev.hearth.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The public topics: the single table the launcher, the services' topic beans and compose are
 * built from. Topics keep events for ever — they are what read models are rebuilt from.
 */
public enum Topic {
    COUPLES("hearth.couples.v1", 12),
    JOURNAL("hearth.journal.v1", 12),
    COMMITMENTS("hearth.commitments.v1", 12);

    /** Kafka's "keep for ever". */
    public static final long RETENTION_FOREVER_MS = -1L;

    private final String topicName;
    private final int partitions;

    Topic(String topicName, int partitions) {
        this.topicName = topicName;
        this.partitions = partitions;
    }

    public String topicName() { return topicName; }

    public int partitions() { return partitions; }

    public long retentionMs() { return RETENTION_FOREVER_MS; }

    /** Dead letters of one consumer group: {@code <topic>.<consumer>-dlt}, same partition count. */
    public String deadLetterTopic(String consumer) {
        return topicName + "." + consumer + "-dlt";
    }

    public static Optional<Topic> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(name)).findFirst();
    }
}
