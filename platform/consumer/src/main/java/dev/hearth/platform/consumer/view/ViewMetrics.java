package dev.hearth.platform.consumer.view;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A view's meters, tagged {@code view=<name>}: {@code hearth.view.lag} (seconds from the last applied
 * event happening to its effect being written), {@code hearth.view.apply.lag} (the same per event, a
 * histogram), {@code hearth.view.events} (result = applied, duplicate, ignored) and
 * {@code hearth.view.dead.letters}.
 */
final class ViewMetrics {

    static final String LAG = "hearth.view.lag";
    static final String APPLY_LAG = "hearth.view.apply.lag";
    static final String EVENTS = "hearth.view.events";
    static final String DEAD_LETTERS = "hearth.view.dead.letters";

    private final AtomicLong lastLagMillis = new AtomicLong();
    private final Timer applyLag;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter ignored;
    private final Counter deadLetters;

    ViewMetrics(MeterRegistry registry, String view) {
        Gauge.builder(LAG, lastLagMillis, millis -> millis.get() / 1000.0)
                .description("Seconds from the last applied event happening to its effect in the view")
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

    void applied(Duration lag) {
        Duration nonNegative = lag.isNegative() ? Duration.ZERO : lag;
        applyLag.record(nonNegative);
        lastLagMillis.set(nonNegative.toMillis());
        applied.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void ignored() {
        ignored.increment();
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
