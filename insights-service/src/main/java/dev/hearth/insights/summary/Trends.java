package dev.hearth.insights.summary;

import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.practice.AppreciationPolicy;
import dev.hearth.insights.practice.ConflictPolicy;
import dev.hearth.insights.practice.ConsistencyPolicy;
import dev.hearth.insights.practice.EsiPolicy;
import dev.hearth.insights.practice.FeltSafetyPolicy;
import dev.hearth.insights.practice.ListeningPolicy;
import dev.hearth.insights.practice.VulnerabilityPolicy;
import dev.hearth.insights.practice.Window;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A metric's trend, one point per local day or ISO week from {@code from} to {@code to} (stopping at
 * today), oldest first. Trust and consistency points are values at the period's end (or now, for the
 * period under way); the others use the period's own facts. No evidence: {@code value} null and
 * {@code evidence} 0 (trust: 50 and 0).
 */
public final class Trends {

    public static final int MAX_DAYS = 92;
    public static final int MAX_WEEKS = 53;
    public static final int MAX_DAYS_BACK = 371;

    private Trends() {
    }

    public enum Metric {
        TRUST("trust", TrustPolicy.MODEL), CONSISTENCY("consistency", ConsistencyPolicy.MODEL),
        LISTENING("listening", ListeningPolicy.MODEL), VULNERABILITY("vulnerability", VulnerabilityPolicy.MODEL),
        APPRECIATION("appreciation", AppreciationPolicy.MODEL), CONFLICT("conflict", ConflictPolicy.MODEL),
        FELT_SAFETY("feltSafety", FeltSafetyPolicy.MODEL), ESI("esi", EsiPolicy.MODEL);

        private final String label;
        private final String model;

        Metric(String label, String model) {
            this.label = label;
            this.model = model;
        }

        public String label() {
            return label;
        }

        public static Optional<Metric> of(String label) {
            return Arrays.stream(values()).filter(metric -> metric.label.equals(label)).findFirst();
        }

        public static List<String> labels() {
            return Arrays.stream(values()).map(Metric::label).toList();
        }
    }

    public enum Granularity { DAY, WEEK }

    public record Point(String period, @Nullable Double value, double evidence) {
    }

    public record Trend(String coupleId, String metric, String model, String granularity, String timezone, LocalDate from,
                        LocalDate to, @Nullable String partner, List<Point> points) {
    }

    /** How many periods a span covers: its days, or the ISO weeks it touches. */
    public static long periods(Granularity granularity, LocalDate from, LocalDate to) {
        return granularity == Granularity.DAY ? ChronoUnit.DAYS.between(from, to) + 1
                : ChronoUnit.WEEKS.between(LocalWeeks.monday(from), LocalWeeks.monday(to)) + 1;
    }

    /** @param partner whose metric, or null for the couple's (felt safety: always a partner) */
    public static Trend of(CoupleFacts facts, Metric metric, Granularity granularity, LocalDate from, LocalDate to,
                           @Nullable String partner) {
        List<Point> points = new ArrayList<>();
        LocalDate last = to.isAfter(facts.today()) ? facts.today() : to;
        LocalDate start = granularity == Granularity.DAY ? from : LocalWeeks.monday(from);
        for (LocalDate period = start; !period.isAfter(last);
                period = granularity == Granularity.DAY ? period.plusDays(1) : period.plusWeeks(1)) {
            LocalDate periodFrom = period.isBefore(from) ? from : period;
            LocalDate periodEnd = granularity == Granularity.DAY ? period : period.plusDays(6);
            LocalDate periodTo = periodEnd.isAfter(last) ? last : periodEnd;
            String label = granularity == Granularity.DAY ? period.toString() : LocalWeeks.week(period);
            points.add(point(facts, metric, label, periodFrom, periodTo, partner));
        }
        return new Trend(facts.members().coupleId(), metric.label(), metric.model, granularity.name().toLowerCase(),
                facts.zone().getId(), from, to, partner, points);
    }

    private static Point point(CoupleFacts facts, Metric metric, String label, LocalDate from, LocalDate to,
                               @Nullable String partner) {
        Window window = new Window(from, to, (int) Math.clamp(ChronoUnit.DAYS.between(from, to) + 1, Window.MIN_DAYS, Window.DAYS));
        Predicate<String> who = partner == null ? user -> true : partner::equals;
        return switch (metric) {
            case TRUST -> {
                TrustScore trust = Readings.trust(facts, to, partner);
                yield new Point(label, trust.score(), trust.evidence());
            }
            case CONSISTENCY -> {
                ConsistencyPolicy.Consistency consistency = ConsistencyPolicy.of(facts.weeks(to, ConsistencyPolicy.WEEKS, who));
                yield new Point(label, consistency.score(), consistency.evidence());
            }
            case LISTENING -> {
                ListeningPolicy.Listening listening = Readings.listening(facts, from, to, partner);
                yield new Point(label, listening.score(), listening.evidence());
            }
            case VULNERABILITY -> {
                VulnerabilityPolicy.Vulnerability vulnerability = Readings.vulnerability(facts, window, partner);
                yield new Point(label, vulnerability.score(), vulnerability.evidence());
            }
            case APPRECIATION -> {
                AppreciationPolicy.Appreciation appreciation = Readings.appreciation(facts, window, partner);
                yield new Point(label, appreciation.score(), appreciation.evidence());
            }
            case CONFLICT -> {
                ConflictPolicy.Conflict conflict = Readings.conflict(facts, from, to);
                yield new Point(label, conflict.score(), conflict.evidence());
            }
            case FELT_SAFETY -> {
                JournalCounters own = facts.journal().sum(from, to, partner == null ? "" : partner);
                FeltSafetyPolicy.FeltSafety safety = FeltSafetyPolicy.of(own.checkIns(), own.safetySum());
                yield new Point(label, safety.score(), safety.evidence());
            }
            case ESI -> {
                TrustScore trust = Readings.trust(facts, to, partner);
                ListeningPolicy.Listening listening = Readings.listening(facts, from, to, partner);
                VulnerabilityPolicy.Vulnerability vulnerability = Readings.vulnerability(facts, window, partner);
                AppreciationPolicy.Appreciation appreciation = Readings.appreciation(facts, window, partner);
                EsiPolicy.Esi esi = Readings.esi(trust, listening, vulnerability, appreciation,
                        partner == null ? Readings.conflict(facts, from, to) : null);
                yield new Point(label, esi.score(), esi.practices());
            }
        };
    }
}
