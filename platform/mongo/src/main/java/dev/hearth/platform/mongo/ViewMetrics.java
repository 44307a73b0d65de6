package dev.hearth.platform.mongo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A view's meters, tagged {@code view=<name>}, the same for Kafka- and Axon-fed views:
 * <ul>
 *   <li>{@code hearth.view.lag} (seconds): how far behind the view is — the delay of the last event
 *       it applied (from happening to being written) while it has more to apply, and 0 once it has
 *       applied everything there is; it does not grow while the view is idle;</li>
 *   <li>{@code hearth.view.apply.lag}: that delay per event, a histogram;</li>
 *   <li>{@code hearth.view.events} (result = applied, duplicate, ignored) and
 *       {@code hearth.view.dead.letters}.</li>
 * </ul>
 */
public final class ViewMetrics {

    public static final String LAG = "hearth.view.lag";
    public static final String APPLY_LAG = "hearth.view.apply.lag";
    public static final String EVENTS = "hearth.view.events";
    public static final String DEAD_LETTERS = "hearth.view.dead.letters";

    private final AtomicLong lastDelayMillis = new AtomicLong();
    private final Timer applyLag;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter ignored;
    private final Counter deadLetters;

    /**
     * @param caughtUp whether the view has applied everything its source holds right now
     */
    public ViewMetrics(MeterRegistry registry, String view, BooleanSupplier caughtUp) {
        Gauge.builder(LAG, () -> caughtUp.getAsBoolean() ? 0.0 : lastDelayMillis.get() / 1000.0)
                .description("Seconds the view is behind its source: 0 when it has applied everything")
                .baseUnit("seconds").tag("view", view).register(registry);
        applyLag = Timer.builder(APPLY_LAG).description("Time from an event happening to its effect in the view")
                .publishPercentileHistogram().tag("view", view).register(registry);
        applied = events(registry, view, "applied");
        duplicates = events(registry, view, "duplicate");
        ignored = events(registry, view, "ignored");
        deadLetters = Counter.builder(DEAD_LETTERS).description("Events a view could never apply, parked")
                .tag("view", view).register(registry);
    }

    private static Counter events(MeterRegistry registry, String view, String result) {
        return Counter.builder(EVENTS).tag("view", view).tag("result", result).register(registry);
    }

    /** An event's effect was written, {@code delay} after it happened. */
    public void applied(Duration delay) {
        Duration nonNegative = delay.isNegative() ? Duration.ZERO : delay;
        applyLag.record(nonNegative);
        lastDelayMillis.set(nonNegative.toMillis());
        applied.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void ignored() {
        ignored.increment();
    }

    public void deadLettered() {
        deadLetters.increment();
    }
}
