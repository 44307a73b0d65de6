package dev.hearth.insights.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A document of a weeks view: a week's day buckets ({@code coupleId:YYYY-Www}), or the couple's
 * pending facts ({@code coupleId:pending}) — those that arrived before the couple's
 * {@code CoupleStarted} (topics are not ordered with each other), kept until its timezone is known
 * and then folded into the weeks by whoever reads them. Never a reason to stop or dead-letter.
 *
 * @param <C> the counters of a day
 * @param <F> the facts
 */
public record Bucket<C, F>(DayBuckets<C> week, List<Pending<F>> pending) {

    /** Facts of a couple not known yet, at most this many (the oldest give way): a start arrives in seconds. */
    public static final int MAX_PENDING = 500;
    public static final String PENDING = "pending";

    public Bucket {
        pending = List.copyOf(pending);
    }

    /** A fact waiting for its couple, with its event id so a re-sent copy folded into a week is not counted twice. */
    public record Pending<F>(String eventId, F fact) {
    }

    public static String pendingId(String coupleId) {
        return coupleId + ":" + PENDING;
    }

    public static boolean isPending(String documentId) {
        return documentId.endsWith(":" + PENDING);
    }

    public static <C, F> Bucket<C, F> empty(String id) {
        return new Bucket<>(DayBuckets.empty(id), List.of());
    }

    public Bucket<C, F> waiting(String eventId, F fact) {
        List<Pending<F>> more = new ArrayList<>(pending);
        if (more.stream().noneMatch(p -> p.eventId().equals(eventId))) {
            more.add(new Pending<>(eventId, fact));
        }
        while (more.size() > MAX_PENDING) {
            more.removeFirst();
        }
        return new Bucket<>(week, more);
    }

    /** This week with those of the fact's changes that fall in it. */
    public Bucket<C, F> folding(List<DayBuckets.Change<C>> changes, String coupleId, BinaryOperator<C> plus) {
        DayBuckets<C> next = week;
        for (DayBuckets.Change<C> change : changes) {
            if (LocalWeeks.bucketId(coupleId, change.day()).equals(week.id())) {
                next = next.with(change, plus);
            }
        }
        return new Bucket<>(next, pending);
    }

    /** The ids of the week buckets a fact's changes fall in. */
    public static <C> List<String> bucketsOf(List<DayBuckets.Change<C>> changes, String coupleId) {
        return changes.stream().map(change -> LocalWeeks.bucketId(coupleId, change.day())).distinct().toList();
    }

    /** Folds pending facts into the given weeks (as read), for a couple now known ({@code changes} knows its timezone). */
    public static <C, F> void foldPending(List<Pending<F>> pending, java.util.Map<String, DayBuckets<C>> weeks,
                                          String coupleId, Function<F, List<DayBuckets.Change<C>>> changes,
                                          BinaryOperator<C> plus) {
        for (Pending<F> fact : pending) {
            for (DayBuckets.Change<C> change : changes.apply(fact.fact())) {
                String id = LocalWeeks.bucketId(coupleId, change.day());
                weeks.computeIfPresent(id, (key, week) -> week.with(change, plus));
            }
        }
    }
}
