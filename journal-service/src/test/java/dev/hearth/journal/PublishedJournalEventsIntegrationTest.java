package dev.hearth.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.journal.ConflictOpened;
import dev.hearth.contracts.journal.ConflictResolved;
import dev.hearth.contracts.journal.EntryAcknowledged;
import dev.hearth.contracts.journal.EntryWritten;
import dev.hearth.contracts.journal.RepairAttempted;
import dev.hearth.contracts.journal.SafetyCheckedIn;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TopicReader;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * What of the journal reaches {@code hearth.journal.v1}: facts only, keyed by the couple, nothing of a
 * PRIVATE entry; and what rests in the event store and the view: sealed values, never a text.
 */
public abstract class PublishedJournalEventsIntegrationTest extends JournalSuite {

    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModels;

    @Test
    void a_scripted_journal_publishes_its_facts_and_no_word_anyone_typed() {
        Couple couple = couple();
        String secret = "secret-" + UUID.randomUUID();
        ApiResponse shared = api.post(couple.entries(), token(couple.bob()), Map.of("kind", "APPRECIATION", "visibility",
                "SHARED", "text", "Thank you " + secret + " for everything", "mood", "GRATEFUL", "appreciatedPartnerId", couple.alice()));
        String sharedId = shared.text("entryId");
        ApiResponse acknowledged = api.post(couple.entries() + "/" + sharedId + "/acknowledgements", token(couple.alice()),
                Map.of("response", "SUPPORT"));
        String privateId = write(couple, couple.alice(), "PRIVATE", "only mine " + secret);
        String conflict = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "money " + secret)).text("conflictId");
        api.post(couple.conflicts() + "/" + conflict + "/repairs", token(couple.bob()), Map.of("note", "sorry " + secret));
        ApiResponse resolved = api.post(couple.conflicts() + "/" + conflict + "/resolve", token(couple.alice()),
                Map.of("resolution", "AGREE_TO_DISAGREE"));
        String checkIn = api.post(couple.checkIns(), token(couple.alice()), Map.of("safety", 4, "mood", "HOPEFUL")).text("checkInId");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers, Topic.JOURNAL.topicName(),
                Duration.ofSeconds(30), read -> ofCouple(read, couple.id()).size() >= 6);

        List<ConsumerRecord<String, byte[]>> ours = ofCouple(records, couple.id());
        assertThat(ours).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(couple.id());
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(secret).doesNotContain(privateId).doesNotContain("GRATEFUL").doesNotContain("HOPEFUL");
            assertThat(TopicReader.headers(record).toString()).doesNotContain(secret);
        });
        // The API answers times to the millisecond; the events carry the clock's full precision.
        Instant writtenAt = Instant.parse(acknowledged.text("writtenAt"));
        assertThat(ours.stream().map(PublishedJournalEventsIntegrationTest::event)
                .map(PublishedJournalEventsIntegrationTest::toMillis).toList()).containsExactly(
                new EntryWritten(sharedId, couple.id(), couple.bob(), "APPRECIATION", 5, couple.alice()),
                new EntryAcknowledged(sharedId, couple.id(), couple.bob(), "APPRECIATION", couple.alice(), "SUPPORT", writtenAt),
                new ConflictOpened(conflict, couple.id(), couple.alice()),
                new RepairAttempted(conflict, couple.id(), couple.bob(), 1),
                new ConflictResolved(conflict, couple.id(), couple.alice(), "AGREE_TO_DISAGREE",
                        Instant.parse(resolved.text("openedAt"))),
                new SafetyCheckedIn(checkIn, couple.id(), couple.alice(), 4));
        assertThat(ours).extracting(record -> CloudEvent.fromHeaders(TopicReader.headers(record), record.value()).type())
                .contains("dev.hearth.journal.EntryWritten.v1", "dev.hearth.journal.SafetyCheckedIn.v1");

        // At rest: the couple's events hold its id but none of its words; every view document neither.
        List<String> payloads = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                String.class, "%" + couple.id() + "%");
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(8).noneMatch(payload -> payload.contains(secret)
                || payload.contains("GRATEFUL") || payload.contains("HOPEFUL"));
        for (String name : readModels.listCollectionNames()) {
            for (Document document : readModels.getCollection(name).find()) {
                assertThat(document.toJson()).as(name).doesNotContain(secret);
            }
        }
    }

    private static PublicEvent toMillis(PublicEvent event) {
        return switch (event) {
            case EntryAcknowledged e -> new EntryAcknowledged(e.entryId(), e.coupleId(), e.authorId(), e.entryKind(),
                    e.acknowledgedBy(), e.response(), e.entryWrittenAt().truncatedTo(ChronoUnit.MILLIS));
            case ConflictResolved e -> new ConflictResolved(e.conflictId(), e.coupleId(), e.resolvedBy(), e.resolution(),
                    e.openedAt().truncatedTo(ChronoUnit.MILLIS));
            default -> event;
        };
    }

    private static List<ConsumerRecord<String, byte[]>> ofCouple(List<ConsumerRecord<String, byte[]>> records, String coupleId) {
        return records.stream().filter(record -> coupleId.equals(record.key())).toList();
    }

    private static PublicEvent event(ConsumerRecord<String, byte[]> record) {
        CloudEvent envelope = CloudEvent.fromHeaders(TopicReader.headers(record), record.value());
        return HearthEventJson.read(EventType.fromCeType(envelope.type()).orElseThrow(), envelope.data());
    }
}
