package dev.hearth.journal.couple.adapter;

import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.platform.crypto.keys.CoupleKeyShredder;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Every instance drops the unwrapped keys of an erased couple from its memory (the instance that
 * erased did so after its commit): a processor of its own per instance, its token in memory,
 * starting at the head, so each instance sees every erasure from its start on. What it evicts is
 * a cache only: the rows are gone, and sealing reads the store, not the cache.
 */
@Component
@ProcessingGroup(KeyEviction.PROCESSOR)
class KeyEviction {

    static final String PROCESSOR = "journal-key-eviction";

    private final CoupleKeyShredder keys;

    KeyEviction(CoupleKeyShredder keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(CoupleErased erased) {
        keys.evict(erased.coupleId());
    }

    @Bean
    static ConfigurerModule journalKeyEvictionProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(PROCESSOR, c -> c.eventStore(), c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerTokenStore(PROCESSOR, c -> new InMemoryTokenStore());
    }
}
