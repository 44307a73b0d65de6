package dev.hearth.platform.axon.tally;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** A projection on a tracking processor's thread: remembers the correlation id its log lines would carry. */
@Component
@ProcessingGroup("tally-watcher")
public class TallyWatcher {

    private final Map<String, String> correlationIds = new ConcurrentHashMap<>();

    @EventHandler
    void on(TallyOpened event) {
        correlationIds.put(event.tallyId(), String.valueOf(MDC.get("correlationId")));
    }

    public Optional<String> correlationIdWhileHandling(String tallyId) {
        return Optional.ofNullable(correlationIds.get(tallyId));
    }
}
