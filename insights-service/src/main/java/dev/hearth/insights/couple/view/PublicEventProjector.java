package dev.hearth.insights.couple.view;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.insights.trust.Outcome;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.PublicEventRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects the public couples and commitments topics into {@link CoupleFactsStore}. Poison goes to
 * the dead-letter topic and outages are retried (platform-consumer); an unknown type is skipped. The
 * {@code switch} over the public events is exhaustive: a new one does not compile until it is placed.
 */
@Component
class PublicEventProjector {

    static final String GROUP = "insights-service";

    private static final Logger log = LoggerFactory.getLogger(PublicEventProjector.class);

    private final CoupleFactsStore store;
    private final Clock clock;
    private final Timer applyLag;

    PublicEventProjector(CoupleFactsStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        // Server-side half of the keep→insight lag: event time (ce_time) to applied here.
        this.applyLag = Timer.builder("hearth.insights.apply.lag")
                .description("Time from an event happening to its effect in the insights read model")
                .publishPercentileHistogram()
                .register(meters);
    }

    @KafkaListener(id = "insights-projector", groupId = GROUP,
            topics = {"hearth.couples.v1", "hearth.commitments.v1"},
            concurrency = "${hearth.insights.consumer-concurrency:2}")
    void on(ConsumerRecord<String, byte[]> record) {
        PublicEventRecords.decode(record).ifPresent(this::apply);
    }

    private void apply(DecodedEvent decoded) {
        CloudEvent envelope = decoded.envelope();
        String factKey = envelope.aggregateId() + ":" + envelope.aggregateSequence();
        boolean changesInsights = switch (decoded.event()) {
            case CoupleStarted started -> {
                store.partnerJoined(started.coupleId(), started.userId(), started.timezone(), envelope.time());
                yield true;
            }
            case PartnerJoined joined -> {
                store.partnerJoined(joined.coupleId(), joined.userId(), null, envelope.time());
                yield true;
            }
            case PromiseKept kept -> {
                record(store.outcomeRecorded(kept.coupleId(), factKey, kept.promiserId(), Outcome.Kind.KEPT,
                        envelope.time()), factKey);
                yield true;
            }
            case PromiseBroken broken -> {
                record(store.outcomeRecorded(broken.coupleId(), factKey, broken.promiserId(), Outcome.Kind.BROKEN,
                        envelope.time()), factKey);
                yield true;
            }
            // Invites and made promises change no insight yet.
            case PartnerInvited invited -> false;
            case PromiseMade made -> false;
        };
        if (changesInsights) {
            applyLag.record(Duration.between(envelope.time(), clock.instant()).abs());
        }
    }

    private static void record(boolean applied, String factKey) {
        if (!applied) {
            log.debug("Outcome {} was applied before; redelivery ignored", factKey);
        }
    }
}
