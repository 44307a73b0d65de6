package dev.hearth.insights.activity;

/**
 * One promiser's outcomes on one local day: plain counts for consistency and the ratio (at the due
 * time an outcome belongs to, else its event time), and decayed weights for trust at an earlier
 * instant (at the time trust itself dates the outcome: its event time, a miss at its due time),
 * each weight {@code 2^((t − start of the day)/h)} so that a reader can rescale it to any moment.
 */
public record OutcomeCounters(long kept, long broken, long missed, double keptWeight, double totalWeight) {

    public static final OutcomeCounters NONE = new OutcomeCounters(0, 0, 0, 0, 0);

    public OutcomeCounters plus(OutcomeCounters other) {
        return new OutcomeCounters(kept + other.kept, broken + other.broken, missed + other.missed,
                keptWeight + other.keptWeight, totalWeight + other.totalWeight);
    }
}
