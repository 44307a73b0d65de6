package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** What leaves the service: CloudEvents on {@code hearth.commitments.v1}, facts only. */
abstract class PublishedPromiseEventsIntegrationTest extends ServiceIntegrationTest {

    @Test
    void promise_events_reach_the_commitments_topic_keyed_by_couple_with_every_header_and_no_description_or_note() {
        Couple couple = couple();
        String secret = "stop drinking " + UUID.randomUUID();
        String note = "a private note " + UUID.randomUUID();
        String promiseId = make(couple, secret);
        api.post(couple.promises() + "/" + promiseId + "/keep", token(couple.bob()), "{\"note\":\"%s\"}".formatted(note));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers,
                Topic.COMMITMENTS.topicName(), WITHIN, read -> of(read, promiseId).size() >= 2);

        List<ConsumerRecord<String, byte[]>> promise = of(records, promiseId);
        assertThat(promise).hasSize(2);
        ConsumerRecord<String, byte[]> madeRecord = promise.get(0);
        ConsumerRecord<String, byte[]> keptRecord = promise.get(1);
        assertThat(madeRecord.partition()).isEqualTo(keptRecord.partition());
        assertEnvelope(madeRecord, couple, promiseId, EventType.PROMISE_MADE, 0);
        assertEnvelope(keptRecord, couple, promiseId, EventType.PROMISE_KEPT, 1);
        assertThat(HearthEventJson.read(EventType.PROMISE_MADE, madeRecord.value()))
                .isEqualTo(new PromiseMade(promiseId, couple.id(), couple.alice(), couple.bob(), null));
        assertThat(HearthEventJson.read(EventType.PROMISE_KEPT, keptRecord.value()))
                .isEqualTo(new PromiseKept(promiseId, couple.id(), couple.alice(), couple.bob(), couple.bob()));
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(everyByteOf(record)).doesNotContain(secret).doesNotContain(note);
        }
    }

    @Test
    void the_rest_of_the_lifecycle_publishes_facts_and_never_a_description_a_note_or_a_key() {
        Couple couple = couple();
        String renegotiatedTo = "a new secret " + UUID.randomUUID();
        String note = "a release note " + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        Instant dueAt = Instant.now().plus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String renegotiated = make(couple, "Water the plants", dueAt);
        String released = make(couple, "Water the plants", dueAt);
        String withdrawn = make(couple, "Water the plants");
        api.post(couple.promises() + "/" + renegotiated + "/renegotiate", token(couple.alice()),
                "{\"description\":\"%s\"}".formatted(renegotiatedTo));
        Map<String, String> headers = dev.hearth.platform.test.ApiClient.bearer(token(couple.bob()));
        headers.put("Idempotency-Key", key);
        api.send("POST", couple.promises() + "/" + released + "/release", headers, "{\"note\":\"%s\"}".formatted(note));
        api.post(couple.promises() + "/" + withdrawn + "/withdraw", token(couple.alice()), "{}");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers,
                Topic.COMMITMENTS.topicName(), WITHIN, read -> of(read, renegotiated).size() >= 2
                        && of(read, released).size() >= 2 && of(read, withdrawn).size() >= 2);

        assertThat(HearthEventJson.read(EventType.PROMISE_RENEGOTIATED, of(records, renegotiated).get(1).value()))
                .isEqualTo(new dev.hearth.contracts.commitment.PromiseRenegotiated(renegotiated, couple.id(), couple.alice(),
                        couple.bob(), couple.alice(), dueAt, dueAt, true));
        assertThat(HearthEventJson.read(EventType.PROMISE_RELEASED, of(records, released).get(1).value()))
                .isEqualTo(new dev.hearth.contracts.commitment.PromiseReleased(released, couple.id(), couple.alice(),
                        couple.bob(), couple.bob(), dueAt, null));
        assertThat(HearthEventJson.read(EventType.PROMISE_WITHDRAWN, of(records, withdrawn).get(1).value()))
                .isEqualTo(new dev.hearth.contracts.commitment.PromiseWithdrawn(withdrawn, couple.id(), couple.alice(),
                        couple.bob(), couple.alice(), null));
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(everyByteOf(record)).doesNotContain(renegotiatedTo).doesNotContain(note).doesNotContain(key)
                    .doesNotContain("Water the plants");
        }
    }


    private static void assertEnvelope(ConsumerRecord<String, byte[]> record, Couple couple, String promiseId,
                                       EventType type, long sequence) {
        Map<String, String> headers = TopicReader.headers(record);
        assertThat(record.key()).isEqualTo(couple.id());
        assertThat(headers).containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.TYPE, type.ceType())
                .containsEntry(CloudEventHeaders.SOURCE, "/hearth/commitment-service")
                .containsEntry(CloudEventHeaders.SUBJECT, couple.id())
                .containsEntry(CloudEventHeaders.AGGREGATE_ID, promiseId)
                .containsEntry(CloudEventHeaders.AGGREGATE_SEQUENCE, Long.toString(sequence))
                .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json");
        assertThat(headers.get(CloudEventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(headers.get(CloudEventHeaders.TIME))).isBefore(Instant.now());
    }

    private static List<ConsumerRecord<String, byte[]>> of(List<ConsumerRecord<String, byte[]>> records, String promiseId) {
        return records.stream()
                .filter(record -> promiseId.equals(TopicReader.headers(record).get(CloudEventHeaders.AGGREGATE_ID)))
                .toList();
    }

    private static String everyByteOf(ConsumerRecord<String, byte[]> record) {
        StringBuilder all = new StringBuilder(String.valueOf(record.key()));
        all.append(new String(record.value(), StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            all.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
