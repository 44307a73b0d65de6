package dev.hearth.platform.publisher;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.axon.CorrelationMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * The only event handler of the {@value #PROCESSING_GROUP} processor: every event of the service's
 * event store passes here, in store order. Those the service's {@link PublicEventTranslator} makes
 * public go to their topic as CloudEvents, keyed by coupleId; the others are skipped (the token
 * still moves past them).
 *
 * <p>Sends are queued as the batch is handled and awaited once, just before the batch's unit of
 * work commits: if Kafka does not acknowledge all of them, the commit fails, the token stays and
 * the batch is published again. That is the outbox guarantee, without an outbox table.
 *
 * <p>An {@link EventMessageHandler} rather than an {@code @EventHandler} bean, so Axon's Spring
 * scanning cannot register it a second time in another processing group.
 */
final class KafkaEventPublisher implements EventMessageHandler {

    static final String PROCESSING_GROUP = "hearth-publisher";

    private static final String BATCH_RESOURCE = KafkaEventPublisher.class.getName() + ".batch";

    private final PublicEventTranslator translator;
    private final PublisherProducer producer;
    private final PublisherProperties properties;
    private final BooleanSupplier processorRunning;
    private final PublisherMetrics metrics;

    KafkaEventPublisher(PublicEventTranslator translator, PublisherProducer producer,
                        PublisherProperties properties, BooleanSupplier processorRunning, PublisherMetrics metrics) {
        this.translator = translator;
        this.producer = producer;
        this.properties = properties;
        this.processorRunning = processorRunning;
        this.metrics = metrics;
    }

    @Override
    public @Nullable Object handle(EventMessage<?> event) {
        Optional<PublicEvent> published = translator.toPublic(event.getPayload());
        if (published.isEmpty()) {
            return null;
        }
        ProducerRecord<String, byte[]> record = record(event, published.get(), properties.source());
        if (CurrentUnitOfWork.isStarted()) {
            batchOf(CurrentUnitOfWork.get().root()).send(record);
        } else {
            BatchDelivery single = newBatch();
            single.send(record);
            single.awaitAcknowledgements();
            metrics.published(single.records());
        }
        return null;
    }

    private BatchDelivery batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH_RESOURCE, key -> {
            BatchDelivery batch = newBatch();
            unitOfWork.onPrepareCommit(committing -> batch.awaitAcknowledgements());
            // Counted when the token moves: a batch sent again after a failed commit counts once.
            unitOfWork.afterCommit(committed -> metrics.published(batch.records()));
            return batch;
        });
    }

    private BatchDelivery newBatch() {
        return new BatchDelivery(producer, properties.producer(), properties.resend(), processorRunning);
    }

    /** The CloudEvent of a public event, as a Kafka record keyed by its couple. */
    static ProducerRecord<String, byte[]> record(EventMessage<?> event, PublicEvent published, String source) {
        EventType type = EventType.of(published);
        CloudEvent envelope = new CloudEvent(
                event.getIdentifier(),
                type.ceType(),
                source,
                published.coupleId(),
                event.getTimestamp(),
                aggregateId(event),
                aggregateSequence(event),
                CorrelationMetadata.of(event).orElse(null),
                HearthEventJson.write(published));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                type.topic().topicName(), null, published.coupleId(), envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    // Hearth's events come from aggregates. An event published without one still gets a unique
    // (aggregateId, sequence), its own id and 0, so consumers' deduplication keeps working.
    private static String aggregateId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null
                ? domainEvent.getAggregateIdentifier()
                : event.getIdentifier();
    }

    private static long aggregateSequence(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null
                ? domainEvent.getSequenceNumber()
                : 0L;
    }
}
