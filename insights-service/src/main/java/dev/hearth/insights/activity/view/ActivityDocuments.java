package dev.hearth.insights.activity.view;

import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.JournalFact;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.activity.OutcomeFact;
import dev.hearth.insights.practice.Histogram;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** The buckets' and facts' BSON: days as {@code {date, partners: [{userId, c}]}}, histograms as sparse {@code [bin, count]} pairs. */
final class ActivityDocuments {

    private ActivityDocuments() {
    }

    static <C> Document days(DayBuckets<C> week, Function<C, Document> counters) {
        return new Document("days", week.days().stream()
                .map(day -> new Document("date", day.date().toString()).append("partners", day.partners().stream()
                        .map(partner -> new Document("userId", partner.userId()).append("c", counters.apply(partner.counters())))
                        .toList()))
                .toList());
    }

    static <C> DayBuckets<C> days(String id, Document stored, Function<Document, C> counters) {
        List<DayBuckets.Day<C>> days = stored.getList("days", Document.class, List.of()).stream()
                .map(day -> new DayBuckets.Day<>(LocalDate.parse(day.getString("date")),
                        day.getList("partners", Document.class, List.of()).stream()
                                .map(partner -> new DayBuckets.Partner<>(partner.getString("userId"),
                                        counters.apply(partner.get("c", Document.class))))
                                .toList()))
                .toList();
        return new DayBuckets<>(id, days);
    }

    static Document journal(JournalCounters c) {
        return new Document("bids", c.bids()).append("answered", c.answeredInTime()).append("responses", histogram(c.responses()))
                .append("shares", c.shares()).append("met", c.sharesMetWithCare()).append("appreciations", c.appreciations())
                .append("acks", c.acknowledgementsGiven()).append("opened", c.conflictsOpened())
                .append("resolved", c.conflictsResolved()).append("repairs", histogram(c.repairs()))
                .append("checkIns", c.checkIns()).append("safety", c.safetySum());
    }

    static JournalCounters journal(Document d) {
        return new JournalCounters(n(d, "bids"), n(d, "answered"), histogram(d, "responses"), n(d, "shares"), n(d, "met"),
                n(d, "appreciations"), n(d, "acks"), n(d, "opened"), n(d, "resolved"), histogram(d, "repairs"),
                n(d, "checkIns"), n(d, "safety"));
    }

    static Document outcomes(OutcomeCounters c) {
        return new Document("kept", c.kept()).append("broken", c.broken()).append("missed", c.missed())
                .append("kw", c.keptWeight()).append("tw", c.totalWeight());
    }

    static OutcomeCounters outcomes(Document d) {
        return new OutcomeCounters(n(d, "kept"), n(d, "broken"), n(d, "missed"), d.get("kw", Number.class).doubleValue(),
                d.get("tw", Number.class).doubleValue());
    }

    static Document fact(JournalFact fact) {
        return switch (fact) {
            case JournalFact.Bid bid -> new Document("t", "bid").append("u", bid.authorId()).append("kind", bid.kind())
                    .append("at", Date.from(bid.at()));
            case JournalFact.Answer answer -> new Document("t", "answer").append("u", answer.authorId())
                    .append("kind", answer.entryKind()).append("by", answer.answeredBy()).append("response", answer.response())
                    .append("writtenAt", Date.from(answer.entryWrittenAt())).append("at", Date.from(answer.at()));
            case JournalFact.ConflictOpened opened -> new Document("t", "opened").append("u", opened.openedBy())
                    .append("at", Date.from(opened.at()));
            case JournalFact.ConflictResolved resolved -> new Document("t", "resolved").append("u", resolved.resolvedBy())
                    .append("openedAt", Date.from(resolved.openedAt())).append("at", Date.from(resolved.at()));
            case JournalFact.CheckIn checkIn -> new Document("t", "checkIn").append("u", checkIn.partnerId())
                    .append("safety", checkIn.safety()).append("at", Date.from(checkIn.at()));
        };
    }

    static JournalFact journalFact(Document d) {
        Instant at = d.getDate("at").toInstant();
        return switch (d.getString("t")) {
            case "bid" -> new JournalFact.Bid(d.getString("u"), d.getString("kind"), at);
            case "answer" -> new JournalFact.Answer(d.getString("u"), d.getString("kind"), d.getString("by"),
                    d.getString("response"), d.getDate("writtenAt").toInstant(), at);
            case "opened" -> new JournalFact.ConflictOpened(d.getString("u"), at);
            case "resolved" -> new JournalFact.ConflictResolved(d.getString("u"), d.getDate("openedAt").toInstant(), at);
            case "checkIn" -> new JournalFact.CheckIn(d.getString("u"), d.getInteger("safety"), at);
            default -> throw new IllegalStateException("unknown pending fact " + d.getString("t"));
        };
    }

    static Document fact(OutcomeFact fact) {
        return switch (fact) {
            case OutcomeFact.Kept kept -> new Document("t", "kept").append("u", kept.promiserId())
                    .append("dueAt", date(kept.dueAt())).append("late", kept.late()).append("at", Date.from(kept.at()));
            case OutcomeFact.Broken broken -> new Document("t", "broken").append("u", broken.promiserId())
                    .append("dueAt", date(broken.dueAt())).append("at", Date.from(broken.at()));
            case OutcomeFact.Missed missed -> new Document("t", "missed").append("u", missed.promiserId())
                    .append("dueAt", Date.from(missed.dueAt()));
        };
    }

    static OutcomeFact outcomeFact(Document d) {
        @Nullable Date dueAt = d.getDate("dueAt");
        return switch (d.getString("t")) {
            case "kept" -> new OutcomeFact.Kept(d.getString("u"), dueAt == null ? null : dueAt.toInstant(),
                    d.getBoolean("late", false), d.getDate("at").toInstant());
            case "broken" -> new OutcomeFact.Broken(d.getString("u"), dueAt == null ? null : dueAt.toInstant(),
                    d.getDate("at").toInstant());
            case "missed" -> new OutcomeFact.Missed(d.getString("u"), d.getDate("dueAt").toInstant());
            default -> throw new IllegalStateException("unknown pending fact " + d.getString("t"));
        };
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static List<List<Long>> histogram(Histogram histogram) {
        List<List<Long>> bins = new ArrayList<>();
        long[] counts = histogram.counts();
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] != 0) {
                bins.add(List.of((long) bin, counts[bin]));
            }
        }
        return bins;
    }

    @SuppressWarnings("unchecked")
    private static Histogram histogram(Document d, String field) {
        long[] counts = new long[Histogram.BINS];
        for (Object pair : d.getList(field, Object.class, List.of())) {
            List<Number> bin = (List<Number>) pair;
            counts[bin.get(0).intValue()] = bin.get(1).longValue();
        }
        return Histogram.of(counts);
    }

    private static long n(Document d, String field) {
        Number value = d.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
