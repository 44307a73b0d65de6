/** Kafka consumers of public events: decoding, error classification, dead letters and retries. */
@NullMarked
package dev.hearth.platform.consumer;

import org.jspecify.annotations.NullMarked;
