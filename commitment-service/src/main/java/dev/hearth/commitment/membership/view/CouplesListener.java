package dev.hearth.commitment.membership.view;

import dev.hearth.platform.consumer.PublicEventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows {@code hearth.couples.v1} into the membership view. Failures are classified by
 * platform-consumer: poison to {@code hearth.couples.v1.commitment-service-dlt}, Mongo outages
 * retried with back-off until Mongo is back.
 */
@Component
class CouplesListener {

    static final String GROUP = "commitment-service";

    private final MembershipView view;

    CouplesListener(MembershipView view) {
        this.view = view;
    }

    @KafkaListener(id = "commitment-memberships", topics = "hearth.couples.v1", groupId = GROUP)
    void on(ConsumerRecord<String, byte[]> record) {
        PublicEventRecords.decode(record).ifPresent(view::apply);
    }
}
