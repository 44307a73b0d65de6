package dev.hearth.insights.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/** A couple's counters by local day and partner, as read from its week buckets, summed over any span. */
public final class Days<C> {

    private final TreeMap<LocalDate, Map<String, C>> days = new TreeMap<>();
    private final C none;
    private final BinaryOperator<C> plus;

    public Days(Collection<DayBuckets<C>> weeks, C none, BinaryOperator<C> plus) {
        this.none = none;
        this.plus = plus;
        for (DayBuckets<C> week : weeks) {
            for (DayBuckets.Day<C> day : week.days()) {
                Map<String, C> partners = days.computeIfAbsent(day.date(), date -> new HashMap<>());
                for (DayBuckets.Partner<C> partner : day.partners()) {
                    partners.merge(partner.userId(), partner.counters(), plus);
                }
            }
        }
    }

    /** Everyone's counters from {@code from} to {@code to}, inclusive. */
    public C sum(LocalDate from, LocalDate to) {
        return sum(from, to, userId -> true);
    }

    /** One partner's counters from {@code from} to {@code to}, inclusive. */
    public C sum(LocalDate from, LocalDate to, String userId) {
        return sum(from, to, userId::equals);
    }

    /** Each day's counters of those {@code who} counts, from {@code from} to {@code to}, oldest first (days without any left out). */
    public SortedMap<LocalDate, C> daily(LocalDate from, LocalDate to, Predicate<String> who) {
        SortedMap<LocalDate, C> daily = new TreeMap<>();
        if (to.isBefore(from)) {
            return daily;
        }
        for (LocalDate day : days.subMap(from, true, to, true).keySet()) {
            daily.put(day, sum(day, day, who));
        }
        return daily;
    }

    public C sum(LocalDate from, LocalDate to, Predicate<String> who) {
        C total = none;
        if (to.isBefore(from)) {
            return total;
        }
        for (Map<String, C> partners : days.subMap(from, true, to, true).values()) {
            for (Map.Entry<String, C> partner : partners.entrySet()) {
                if (who.test(partner.getKey())) {
                    total = plus.apply(total, partner.getValue());
                }
            }
        }
        return total;
    }
}
