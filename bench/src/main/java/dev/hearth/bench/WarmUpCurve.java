package dev.hearth.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed-loop warm-up's throughput over time, to tell when the platform is warm: its JIT
 * compilers keep taking CPU from the commands for minutes on two cores, so pairs per second climb
 * until they are done. Warm means the pairs of the last {@code window} seconds are at most
 * {@code tolerance} more than those of the window before; how long that takes depends on the machine.
 */
final class WarmUpCurve {

    private record Point(double seconds, long pairs) {
    }

    private final double window;
    private final double tolerance;
    private final List<Point> points = new ArrayList<>();

    WarmUpCurve(double windowSeconds, double tolerance) {
        this.window = windowSeconds;
        this.tolerance = tolerance;
        points.add(new Point(0, 0));
    }

    /** The pairs done {@code seconds} after the warm-up started. */
    void record(double seconds, long pairs) {
        points.add(new Point(seconds, pairs));
    }

    /** Pairs per second of the last window, and of the one before it; NaN until two windows have passed. */
    double[] lastTwoRates() {
        Point last = points.getLast();
        Point middle = at(last.seconds() - window);
        Point first = at(last.seconds() - 2 * window);
        if (first == null || middle == null || middle.seconds() <= first.seconds() || last.seconds() <= middle.seconds()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {(middle.pairs() - first.pairs()) / (middle.seconds() - first.seconds()),
                (last.pairs() - middle.pairs()) / (last.seconds() - middle.seconds())};
    }

    /** True once two windows have passed and the last one's rate rose by at most the tolerance. */
    boolean settled() {
        double[] rates = lastTwoRates();
        return !Double.isNaN(rates[0]) && rates[1] <= rates[0] * (1 + tolerance);
    }

    /** The latest point at or before {@code seconds}; null if none is. */
    private Point at(double seconds) {
        Point found = null;
        for (Point point : points) {
            if (point.seconds() <= seconds + 1e-9) {
                found = point;
            }
        }
        return found;
    }
}
