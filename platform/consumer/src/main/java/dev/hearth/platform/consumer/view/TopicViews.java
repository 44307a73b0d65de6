package dev.hearth.platform.consumer.view;

import dev.hearth.platform.mongo.ViewProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Every Kafka-fed view of a service: one listener container each (its own consumer group, so each
 * view rebuilds on its own), started and stopped with the other listener containers.
 */
public final class TopicViews implements SmartLifecycle, ViewProgress.Source {

    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers;
    private final List<ViewProgress> progress;
    private volatile boolean running;

    TopicViews(List<ConcurrentMessageListenerContainer<String, byte[]>> containers, List<ViewProgress> progress) {
        this.containers = List.copyOf(containers);
        this.progress = List.copyOf(progress);
    }

    @Override
    public List<ViewProgress> views() {
        return progress;
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public void stop(Runnable callback) {
        List<ConcurrentMessageListenerContainer<String, byte[]>> stopping = new ArrayList<>(containers);
        if (stopping.isEmpty()) {
            running = false;
            callback.run();
            return;
        }
        AtomicInteger left = new AtomicInteger(stopping.size());
        for (ConcurrentMessageListenerContainer<String, byte[]> container : stopping) {
            container.stop(() -> {
                if (left.decrementAndGet() == 0) {
                    running = false;
                    callback.run();
                }
            });
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The phase of Spring's own listener containers: stopped after the web server, before the database pools. */
    @Override
    public int getPhase() {
        return ConcurrentMessageListenerContainer.DEFAULT_PHASE;
    }
}
