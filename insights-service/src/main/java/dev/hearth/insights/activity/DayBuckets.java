package dev.hearth.insights.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * One couple's ISO week of facts ({@code _id = coupleId:YYYY-Www}): per local day a list of
 * {@code {userId, counters}} (user ids are values, never field names), at most 7 days × 2 partners
 * whatever the couple does — the counters themselves are bounded (histograms have fixed bins).
 *
 * @param <C> the counters (journal or outcome)
 */
public record DayBuckets<C>(String id, List<Day<C>> days) {

    public DayBuckets {
        days = List.copyOf(days);
    }

    public record Day<C>(LocalDate date, List<Partner<C>> partners) {

        public Day {
            partners = List.copyOf(partners);
        }
    }

    public record Partner<C>(String userId, C counters) {
    }

    /** A change to one partner's counters on one local day. */
    public record Change<C>(LocalDate day, String userId, C delta) {
    }

    public static <C> DayBuckets<C> empty(String id) {
        return new DayBuckets<>(id, List.of());
    }

    /** This week with a change added; days in date order, partners by user id. */
    public DayBuckets<C> with(Change<C> change, BinaryOperator<C> plus) {
        List<Day<C>> next = new ArrayList<>(days);
        int index = indexOf(change.day());
        if (index < 0) {
            next.add(new Day<>(change.day(), List.of(new Partner<>(change.userId(), change.delta()))));
            next.sort(Comparator.comparing(Day::date));
            return new DayBuckets<>(id, next);
        }
        List<Partner<C>> partners = new ArrayList<>(days.get(index).partners());
        boolean found = false;
        for (int i = 0; i < partners.size(); i++) {
            if (partners.get(i).userId().equals(change.userId())) {
                partners.set(i, new Partner<>(change.userId(), plus.apply(partners.get(i).counters(), change.delta())));
                found = true;
            }
        }
        if (!found) {
            partners.add(new Partner<>(change.userId(), change.delta()));
            // By user id, so a document is the same whatever order its facts arrived in.
            partners.sort(Comparator.comparing(Partner::userId));
        }
        next.set(index, new Day<>(change.day(), partners));
        return new DayBuckets<>(id, next);
    }

    private int indexOf(LocalDate day) {
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(day)) {
                return i;
            }
        }
        return -1;
    }
}
