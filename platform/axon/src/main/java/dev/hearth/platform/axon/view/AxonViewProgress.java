package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewProgress;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** An Axon-fed view has caught up once every segment its processor claimed reached the head of the event store. */
final class AxonViewProgress implements ViewProgress {

    private final String processor;
    private final Supplier<EventProcessingConfiguration> processing;
    private volatile boolean caughtUp;

    AxonViewProgress(String processor, Supplier<EventProcessingConfiguration> processing) {
        this.processor = processor;
        this.processing = processing;
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
        return !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
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
