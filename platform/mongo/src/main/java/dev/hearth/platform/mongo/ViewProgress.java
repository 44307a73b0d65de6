package dev.hearth.platform.mongo;

import java.util.List;

/**
 * How far one view is, for the {@code views} health component: a view that is being built or
 * rebuilt (a new layout version replays its whole source) is not ready to answer.
 */
public interface ViewProgress {

    /** The view's name with its version, e.g. {@code insights-trust-v2}. */
    String view();

    /** True once the view has caught up with its source at least once since start. */
    boolean caughtUp();

    /** A short human description of where the view stands, e.g. "1,234 records behind". */
    String status();

    /** A bean that holds several views, e.g. every Kafka-fed view of a service. */
    interface Source {
        List<ViewProgress> views();
    }
}
