package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.consumer.DecodedEvent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The common {@link TopicView}: one document per couple ({@code _id} = the event's coupleId, also
 * its Kafka key, so one partition writes it), changed only by the event types named here; every
 * other event of the topic is skipped without a read.
 *
 * @param <S> the state of one couple's document
 */
public abstract class PerCoupleView<S> implements TopicView<S> {

    private final Layout layout;
    private final List<Class<? extends PublicEvent>> folds;

    @SafeVarargs
    protected PerCoupleView(Layout layout, Class<? extends PublicEvent>... folds) {
        this.layout = layout;
        this.folds = List.of(folds);
    }

    @Override
    public final Layout layout() {
        return layout;
    }

    @Override
    public final Collection<String> documentsOf(DecodedEvent event) {
        return folds.contains(event.event().getClass()) ? Set.of(event.event().coupleId()) : Set.of();
    }
}
