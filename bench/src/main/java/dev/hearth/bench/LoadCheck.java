package dev.hearth.bench;

import java.util.Locale;

/**
 * The load average at the bench's start, and whether it marks the machine as busy: a 1-minute load
 * above {@code factor × cores}. Before each run or step it is only reported: it lags by design (an
 * exponential average), so right after the warm-up or a step it carries the bench's own work;
 * {@link OtherWork} judges those windows.
 */
record LoadCheck(double load1, double load5, double load15, int cores, double limit, boolean busy) {

    static LoadCheck of(String procLoadavg, int cores, double factor) {
        String[] fields = procLoadavg.trim().split("\\s+");
        double limit = factor * cores;
        if (fields.length < 3) {
            return new LoadCheck(Double.NaN, Double.NaN, Double.NaN, cores, limit, false);
        }
        double load1 = Double.parseDouble(fields[0]);
        return new LoadCheck(load1, Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), cores, limit, load1 > limit);
    }

    /** The machine's load now, from {@code /proc/loadavg}. */
    static LoadCheck now(int cores, double factor) {
        return of(Facts.loadAverage(), cores, factor);
    }

    String describe() {
        return averages() + (busy ? String.format(Locale.ROOT, " — BUSY MACHINE (1-min load above %.1f)", limit) : "");
    }

    /** The three averages alone, without a verdict. */
    String averages() {
        return String.format(Locale.ROOT, "load %.2f %.2f %.2f on %d cores", load1, load5, load15, cores);
    }
}
