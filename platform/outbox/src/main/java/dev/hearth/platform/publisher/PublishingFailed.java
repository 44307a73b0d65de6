package dev.hearth.platform.publisher;

/**
 * Kafka did not acknowledge every event of a batch. Thrown before the unit of work commits, so the
 * processor's token stays where it was and the batch is published again.
 */
public class PublishingFailed extends RuntimeException {

    PublishingFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
