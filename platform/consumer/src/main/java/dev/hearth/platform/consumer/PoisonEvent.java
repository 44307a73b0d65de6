package dev.hearth.platform.consumer;

/**
 * A record that can never be processed, however often it is retried: broken CloudEvents headers or
 * a payload that is not the JSON of its type. The error handler sends it to the dead-letter topic
 * at once instead of retrying it.
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String message) {
        super(message);
    }

    public PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
