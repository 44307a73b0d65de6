package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.platform.consumer.PoisonEvent;
import dev.hearth.platform.consumer.PublicEventRecords;
import dev.hearth.platform.mongo.EndedCouples;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.listener.MessageListener;

/**
 * What every instance's own consumer of {@code hearth.couples.v1} does with a record
 * ({@link EveryInstanceAutoConfiguration}): tells each {@link EndedCouples} and {@link EveryInstance}
 * bean of a leave or an erasure, and skips everything else.
 */
final class CoupleEndingsListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(CoupleEndingsListener.class);

    private final ObjectProvider<EndedCouples> memberships;
    private final ObjectProvider<EveryInstance> others;

    CoupleEndingsListener(ObjectProvider<EndedCouples> memberships, ObjectProvider<EveryInstance> others) {
        this.memberships = memberships;
        this.others = others;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        List<EndedCouples> ended = memberships.orderedStream().toList();
        List<EveryInstance> instances = others.orderedStream().toList();
        try {
            PublicEventRecords.decode(record).ifPresent(decoded -> {
                switch (decoded.event()) {
                    case PartnerLeft left -> {
                        ended.forEach(facts -> facts.partnerLeft(left.coupleId(), left.userId()));
                        instances.forEach(other -> other.partnerLeft(left.coupleId(), left.userId()));
                    }
                    case CoupleErased erased -> {
                        ended.forEach(facts -> facts.erased(erased.coupleId(), decoded.envelope().time()));
                        instances.forEach(other -> other.coupleErased(erased.coupleId()));
                    }
                    default -> {
                    }
                }
            });
        } catch (PoisonEvent poison) {
            // The membership view parks it; here there is nothing to hold.
            log.debug("Skipping a record no instance can read at {}-{}@{}", record.topic(), record.partition(), record.offset());
        }
    }
}
