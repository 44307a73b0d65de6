package dev.hearth.commitment.promise;

import java.time.Duration;

/**
 * The two durations of the lifecycle, configured ({@code hearth.promises.*}) and handed to the
 * {@link Promise} as a handler parameter.
 *
 * @param missGrace       how long after its due time an open promise is recorded missed
 * @param lateKeepWindow  how long after its due time a missed promise may still be kept (late):
 *                        done at 18:00, recorded at 21:00, it costs no trust; older misses stay final
 */
public record PromiseTimes(Duration missGrace, Duration lateKeepWindow) {

    public static final PromiseTimes DEFAULTS = new PromiseTimes(Duration.ZERO, Duration.ofHours(24));

    public PromiseTimes {
        if (missGrace.isNegative() || lateKeepWindow.isNegative()) {
            throw new IllegalArgumentException("hearth.promises.miss-grace and late-keep-window must not be negative");
        }
    }
}
