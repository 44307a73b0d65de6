package dev.hearth.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a couple has left behind the API: its events in both stores, the write services' view
 * documents naming it, and its records on each public topic. Taken after a sentinel (a check-in and
 * a promise of a partner, awaited on their topics and in the lists that show them), so that whatever
 * was written before has arrived; compared after requests that must change nothing, with a second
 * sentinel, since topics share no order and only a later record proves an earlier one is absent.
 *
 * @param documents keyed {@code database.collection:_id} (insights reads only the topics: the records cover it)
 */
public record Footprint(long events, Map<String, String> documents, Map<Topic, Integer> records) {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    /** The couple's footprint once everything written before has arrived. */
    public static Footprint settled(PlatformUnderTest hearth, String coupleId, User partner, User other) {
        BehindTheApi behind = new BehindTheApi(hearth);
        sentinel(hearth, behind, coupleId, partner, other, recordsOf(behind, coupleId));
        return of(behind, coupleId);
    }

    /**
     * Fails unless the couple's events and views are as they were and, after a second sentinel, its
     * topics hold this footprint's records plus the sentinel's.
     */
    public void assertUnchanged(String by, PlatformUnderTest hearth, String coupleId, User partner, User other) {
        BehindTheApi behind = new BehindTheApi(hearth);
        assertThat(behind.eventsOf(coupleId)).as("events of the couple after %s", by).isEqualTo(events);
        assertThat(writeSideViews(behind, coupleId)).as("view documents of the couple after %s", by).isEqualTo(documents);
        Map<Topic, Integer> expected = new EnumMap<>(records);
        expected.merge(Topic.JOURNAL, 1, Integer::sum);
        expected.merge(Topic.COMMITMENTS, 1, Integer::sum);
        sentinel(hearth, behind, coupleId, partner, other, records);
        assertThat(recordsOf(behind, coupleId)).as("topic records of the couple after %s", by).isEqualTo(expected);
    }

    /**
     * Events and view documents only, for a couple no sentinel can be written to (closed or erased):
     * compared by {@link #assertSameAtRest}.
     */
    public static Footprint atRest(PlatformUnderTest hearth, String coupleId) {
        BehindTheApi behind = new BehindTheApi(hearth);
        return new Footprint(behind.eventsOf(coupleId), writeSideViews(behind, coupleId), Map.of());
    }

    public void assertSameAtRest(String by, PlatformUnderTest hearth, String coupleId) {
        BehindTheApi behind = new BehindTheApi(hearth);
        assertThat(behind.eventsOf(coupleId)).as("events of the ended couple after %s", by).isEqualTo(events);
        assertThat(writeSideViews(behind, coupleId)).as("view documents of the ended couple after %s", by).isEqualTo(documents);
    }

    private static Footprint of(BehindTheApi behind, String coupleId) {
        return new Footprint(behind.eventsOf(coupleId), writeSideViews(behind, coupleId), recordsOf(behind, coupleId));
    }

    private static Map<String, String> writeSideViews(BehindTheApi behind, String coupleId) {
        Map<String, String> documents = new LinkedHashMap<>(behind.viewDocuments(id -> id.contains(coupleId)));
        documents.keySet().removeIf(key -> !key.startsWith("hearth_journal.") && !key.startsWith("hearth_commitment."));
        return documents;
    }

    /** The couple's records on each public topic now. */
    private static Map<Topic, Integer> recordsOf(BehindTheApi behind, String coupleId) {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            counts.put(topic, (int) behind.records(topic).stream().filter(record -> coupleId.equals(record.key())).count());
        }
        return counts;
    }

    /** A check-in and a promise of the partner, awaited on their topics and in the views that list them. */
    private static void sentinel(PlatformUnderTest hearth, BehindTheApi behind, String coupleId, User partner, User other,
                                 Map<Topic, Integer> before) {
        String path = "/api/couples/" + coupleId;
        ApiResponse checkIn = hearth.gateway().post(path + "/check-ins", partner.token(), Map.of("safety", 5));
        ApiResponse promise = hearth.gateway().post(path + "/promises", partner.token(),
                Map.of("promiseeId", other.id(), "description", "sentinel"));
        assertThat(checkIn.status()).as("%s", checkIn).isEqualTo(201);
        assertThat(promise.status()).as("%s", promise).isEqualTo(201);
        for (Topic topic : List.of(Topic.JOURNAL, Topic.COMMITMENTS)) {
            List<ConsumerRecord<String, byte[]>> read = behind.recordsUntil(topic, records -> records.stream()
                    .filter(record -> coupleId.equals(record.key())).count() > before.get(topic));
            assertThat(read.stream().filter(record -> coupleId.equals(record.key())).count()).as("%s", topic)
                    .isGreaterThan(before.get(topic));
        }
        Eventually.await("the sentinel check-in listed", WITHIN, () -> hearth.gateway().get(path + "/check-ins", partner.token()),
                answer -> answer.body().contains(checkIn.text("checkInId")));
        Eventually.await("the sentinel promise listed", WITHIN, () -> hearth.gateway().get(path + "/promises", partner.token()),
                answer -> answer.body().contains(promise.text("promiseId")));
    }
}
