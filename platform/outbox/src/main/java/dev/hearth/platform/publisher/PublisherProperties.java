package dev.hearth.platform.publisher;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.publisher.*}.
 *
 * @param source    the CloudEvents {@code ce_source} of this service, e.g. {@code /hearth/commitment-service}
 * @param batchSize events per unit of work of the publishing processor: one transaction and one wait
 *                  for Kafka's acknowledgements per batch
 * @param producer  the producer's timeouts, explicit so that a Kafka outage fails fast and is retried
 * @param resend    how a batch that Kafka did not acknowledge is sent again
 * @param lagCache  how long a reading of the lag gauge is reused: however often it is scraped, the
 *                  store is read at most once per this period
 * @param asyncCommit whether the processor's token moves may commit without waiting for the WAL
 *                  flush: a crash can then lose the last moves and events are sent again, which
 *                  consumers tolerate already (delivery is at least once)
 */
@ConfigurationProperties("hearth.publisher")
public record PublisherProperties(
        String source,
        @DefaultValue("50") int batchSize,
        @DefaultValue Producer producer,
        @DefaultValue Resend resend,
        @DefaultValue("1s") Duration lagCache,
        @DefaultValue("true") boolean asyncCommit) {

    public PublisherProperties {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(
                    "hearth.publisher.source is required: the CloudEvents source of this service, e.g. /hearth/commitment-service");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("hearth.publisher.batch-size must be at least 1: " + batchSize);
        }
    }

    /**
     * Kafka producer timeouts.
     *
     * @param maxBlock        longest a send may block the processor, e.g. waiting for a topic's metadata
     * @param requestTimeout  longest to wait for the broker's answer to one request
     * @param deliveryTimeout longest from send to acknowledgement, the producer's own retries included:
     *                        after it a send fails and the batch is sent again
     * @param retryBackoff    the producer's first wait before retrying a request
     * @param retryBackoffMax the producer's longest wait between retries, which caps how long it takes
     *                        to notice that the broker is back
     */
    public record Producer(
            @DefaultValue("5s") Duration maxBlock,
            @DefaultValue("10s") Duration requestTimeout,
            @DefaultValue("30s") Duration deliveryTimeout,
            @DefaultValue("100ms") Duration retryBackoff,
            @DefaultValue("1s") Duration retryBackoffMax) {

        public Producer {
            if (deliveryTimeout.compareTo(requestTimeout) < 0) {
                // Kafka refuses to create such a producer, and only at the first send.
                throw new IllegalArgumentException("hearth.publisher.producer.delivery-timeout (" + deliveryTimeout
                        + ") must not be shorter than request-timeout (" + requestTimeout + ")");
            }
        }
    }

    /**
     * Sending a batch again after Kafka did not acknowledge all of it.
     *
     * @param initialBackoff the first wait before sending again
     * @param maxBackoff     the longest wait between attempts (doubling from the first)
     * @param budget         how long to keep trying before giving the failure to Axon, which releases the
     *                       processor's transaction and backs off on its own (1 s doubling to 60 s)
     */
    public record Resend(
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("2s") Duration maxBackoff,
            @DefaultValue("5m") Duration budget) {
    }
}
