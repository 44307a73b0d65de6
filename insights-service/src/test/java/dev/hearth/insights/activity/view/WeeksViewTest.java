package dev.hearth.insights.activity.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.insights.activity.Bucket;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.activity.OutcomeFact;
import dev.hearth.platform.consumer.DecodedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A weeks view changes every document of one event by one answer to "is the couple's timezone known?",
 * asked once, as the runner does: {@code documentsOf}, then {@code apply} to each document it named.
 */
class WeeksViewTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant KEPT_AT = Instant.parse("2026-12-02T10:00:00Z");

    private final String coupleId = UUID.randomUUID().toString();
    private final AtomicReference<Optional<ZoneId>> zone = new AtomicReference<>(Optional.empty());
    private final CommitmentWeeksView view = new CommitmentWeeksView(couple -> zone.get());
    private final DecodedEvent kept = kept();

    @Test
    void a_fact_whose_couple_becomes_known_between_the_question_and_the_fold_waits_in_the_index() {
        Collection<String> touched = view.documentsOf(kept);
        zone.set(Optional.of(BERLIN)); // the couple's start lands now, from the other topic

        Bucket<OutcomeCounters, OutcomeFact> index = view.apply(view.empty(Bucket.indexId(coupleId)), kept,
                Bucket.indexId(coupleId), touched);

        assertThat(touched).containsExactly(Bucket.indexId(coupleId));
        // not lost: the readers fold it into its week (before the fix the index listed days no week had)
        assertThat(index.pending()).singleElement().satisfies(pending -> {
            assertThat(pending.eventId()).isEqualTo(kept.envelope().aggregateId() + ":1");
            assertThat(pending.fact()).isInstanceOf(OutcomeFact.Kept.class);
        });
        assertThat(index.span()).isNull();
    }

    @Test
    void a_fact_of_a_known_couple_is_folded_into_its_week_and_listed_by_the_index() {
        zone.set(Optional.of(BERLIN));
        String week = LocalWeeks.bucketId(coupleId, LocalDate.parse("2026-12-02"));

        Collection<String> touched = view.documentsOf(kept);
        Bucket<OutcomeCounters, OutcomeFact> folded = view.apply(view.empty(week), kept, week, touched);
        Bucket<OutcomeCounters, OutcomeFact> index = view.apply(view.empty(Bucket.indexId(coupleId)), kept,
                Bucket.indexId(coupleId), touched);

        assertThat(touched).containsExactly(week, Bucket.indexId(coupleId));
        assertThat(folded.week().days()).singleElement().satisfies(day -> assertThat(day.partners())
                .singleElement().satisfies(partner -> assertThat(partner.counters().kept()).isEqualTo(1)));
        assertThat(index.pending()).isEmpty();
        assertThat(index.span()).isEqualTo(new Bucket.Span(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-02")));
    }

    private DecodedEvent kept() {
        String promiseId = UUID.randomUUID().toString();
        PromiseKept event = new PromiseKept(promiseId, coupleId, "alice", "bob", "bob", null, null);
        return new DecodedEvent(new CloudEvent(UUID.randomUUID().toString(), EventType.PROMISE_KEPT.ceType(),
                "/hearth/commitment-service", coupleId, KEPT_AT, promiseId, 1, null, new byte[0]), event);
    }
}
