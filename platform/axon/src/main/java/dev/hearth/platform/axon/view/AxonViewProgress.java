package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewProgress;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * An Axon-fed view has caught up once every segment its processor claimed reached the head of the
 * event store: as the processor says, or as its tokens show against the store's head. The processor's
 * own flag alone can stay down on a store with nothing new to read (seen after a context start with
 * no events for the view), which would hold readiness DOWN for no reason.
 */
final class AxonViewProgress implements ViewProgress {

    private final String processor;
    private final Supplier<EventProcessingConfiguration> processing;
    /** The position of the store's newest event; empty for an empty store. */
    private final Supplier<OptionalLong> head;
    private volatile boolean caughtUp;

    AxonViewProgress(String processor, Supplier<EventProcessingConfiguration> processing, Supplier<OptionalLong> head) {
        this.processor = processor;
        this.processing = processing;
        this.head = head;
    }

    @Override
    public String view() {
        return processor;
    }

    @Override
    public boolean caughtUp() {
        if (!caughtUp) {
            caughtUp = atHead();
        }
        return caughtUp;
    }

    /** Whether every claimed segment is at the head of the store right now (the lag gauge's 0). */
    boolean atHead() {
        Map<Integer, EventTrackerStatus> segments = statuses();
        if (segments.isEmpty()) {
            return false;
        }
        if (segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return true;
        }
        OptionalLong newest = head.get();
        return segments.values().stream().allMatch(segment -> newest.isEmpty()
                || segment.getCurrentPosition().orElse(-1) >= newest.getAsLong());
    }

    @Override
    public String status() {
        if (caughtUp()) {
            return "caught up";
        }
        Map<Integer, EventTrackerStatus> segments = statuses();
        if (segments.isEmpty()) {
            return "waiting for a segment";
        }
        long position = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(at -> at.orElse(0)).min().orElse(0);
        return "building: at event " + position;
    }

    private Map<Integer, EventTrackerStatus> statuses() {
        return processing.get().eventProcessor(processor, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
    }
}
