package dev.hearth.commitment.promise;

/**
 * The {@code Idempotency-Key} an outcome was sent with, and a fingerprint of what it asked (the
 * action and the body, never in clear): kept in the internal event only, so a retry with the same
 * key is recognised from the promise's own stream.
 */
public record RetryKey(String key, String fingerprint) {
}
