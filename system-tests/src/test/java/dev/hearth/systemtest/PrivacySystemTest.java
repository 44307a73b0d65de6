package dev.hearth.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.Topic;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TopicReader;
import dev.hearth.systemtest.support.BehindTheApi;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every word a partner types is sealed at rest and never travels: after a scripted session of every
 * practice and of promises, each text holding a secret of its own, no secret is on any topic, in
 * either event store's payloads, in any read-model document or in any log, while the API still
 * answers each one to the partners who may read it.
 */
@SystemTest
class PrivacySystemTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void no_secret_a_partner_typed_is_on_a_topic_in_a_store_in_a_view_or_in_a_log(PlatformUnderTest hearth) {
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        User alice = couple.first();
        User bob = couple.second();
        String path = couple.path();
        List<String> secrets = new ArrayList<>();

        String shared = created(hearth.gateway().post(path + "/entries", bob.token(), Map.of("kind", "VULNERABILITY",
                "visibility", "SHARED", "text", "I am afraid " + secret(secrets), "mood", "ANXIOUS")), "entryId");
        hearth.gateway().post(path + "/entries/" + shared + "/acknowledgements", alice.token(), Map.of("response", "EMPATHY"));
        String appreciation = created(hearth.gateway().post(path + "/entries", alice.token(), Map.of("kind", "APPRECIATION",
                "visibility", "SHARED", "text", "Thank you " + secret(secrets), "appreciatedPartnerId", bob.id())), "entryId");
        String hidden = created(hearth.gateway().post(path + "/entries", alice.token(), Map.of("kind", "REFLECTION",
                "visibility", "PRIVATE", "text", "Only mine " + secret(secrets))), "entryId");
        String conflict = created(hearth.gateway().post(path + "/conflicts", alice.token(),
                Map.of("topic", "money " + secret(secrets))), "conflictId");
        hearth.gateway().post(path + "/conflicts/" + conflict + "/repairs", bob.token(), Map.of("note", "sorry " + secret(secrets)));
        hearth.gateway().post(path + "/conflicts/" + conflict + "/resolve", alice.token(), Map.of("resolution", "COMPROMISE"));
        created(hearth.gateway().post(path + "/check-ins", alice.token(), Map.of("safety", 4, "mood", "HOPEFUL")), "checkInId");
        String kept = created(hearth.gateway().post(path + "/promises", alice.token(),
                Map.of("promiseeId", bob.id(), "description", "Walk together " + secret(secrets))), "promiseId");
        hearth.gateway().post(path + "/promises/" + kept + "/keep", bob.token(), Map.of("note", "done " + secret(secrets)));
        String broken = created(hearth.gateway().post(path + "/promises", bob.token(),
                Map.of("promiseeId", alice.id(), "description", "Call mum " + secret(secrets))), "promiseId");
        hearth.gateway().post(path + "/promises/" + broken + "/break", alice.token(), Map.of("note", "again " + secret(secrets)));

        // Controls: the partners who may read each text get it back.
        String answers = String.join("\n",
                hearth.gateway().get(path + "/entries/" + shared, alice.token()).body(),
                hearth.gateway().get(path + "/entries/" + appreciation, bob.token()).body(),
                hearth.gateway().get(path + "/entries/" + hidden, alice.token()).body(),
                hearth.gateway().get(path + "/conflicts/" + conflict, bob.token()).body(),
                hearth.gateway().get(path + "/promises/" + kept, alice.token()).body(),
                hearth.gateway().get(path + "/promises/" + broken, bob.token()).body());
        assertThat(secrets).allSatisfy(secret -> assertThat(answers).contains(secret));
        assertThat(hearth.gateway().get(path + "/entries/" + hidden, bob.token()).status()).isEqualTo(404);

        // On the topics: the couple's journal facts arrive, none for the private entry, and no secret anywhere.
        BehindTheApi behind = new BehindTheApi(hearth);
        List<ConsumerRecord<String, byte[]>> journal = behind.recordsUntil(Topic.JOURNAL, records -> records.stream()
                .filter(record -> couple.coupleId().equals(record.key())).count() >= 7);
        List<ConsumerRecord<String, byte[]>> ours = journal.stream().filter(r -> couple.coupleId().equals(r.key())).toList();
        assertThat(ours).extracting(record -> CloudEvent.fromHeaders(TopicReader.headers(record), record.value()).type())
                .containsExactly("dev.hearth.journal.EntryWritten.v1", "dev.hearth.journal.EntryAcknowledged.v1",
                        "dev.hearth.journal.EntryWritten.v1", "dev.hearth.journal.ConflictOpened.v1",
                        "dev.hearth.journal.RepairAttempted.v1", "dev.hearth.journal.ConflictResolved.v1",
                        "dev.hearth.journal.SafetyCheckedIn.v1");
        behind.recordsUntil(Topic.COMMITMENTS, records -> records.stream()
                .filter(record -> couple.coupleId().equals(record.key())).count() >= 4);
        for (Topic topic : Topic.values()) {
            List<ConsumerRecord<String, byte[]>> records = behind.records(topic);
            assertThat(records).as("%s", topic).allSatisfy(record -> {
                String text = BehindTheApi.text(record);
                assertThat(secrets).as("%s", topic).noneMatch(text::contains);
                assertThat(text).doesNotContain(hidden);
            });
        }

        // At rest: the stores hold the couple's events (control), sealed; the views and logs hold no secret either.
        Eventually.await("the views caught up", WITHIN, () -> hearth.gateway().get(path + "/check-ins", alice.token()),
                answer -> answer.json().path("items").size() == 1);
        for (String database : BehindTheApi.EVENT_STORES) {
            List<String> payloads = behind.storedPayloads(database);
            assertThat(payloads).as(database).anyMatch(payload -> payload.contains(couple.coupleId()));
            assertThat(payloads).as(database).allSatisfy(payload -> assertThat(secrets).noneMatch(payload::contains));
        }
        Map<String, String> documents = behind.viewDocuments(id -> true);
        assertThat(documents.keySet()).anyMatch(key -> key.contains(couple.coupleId()));
        documents.forEach((key, json) -> assertThat(secrets).as(key).noneMatch(json::contains));
        Map<Path, String> logs = behind.logs();
        assertThat(logs).isNotEmpty();
        logs.forEach((file, text) -> assertThat(secrets).as("%s", file).noneMatch(text::contains));
    }

    private static String secret(List<String> secrets) {
        String secret = "secret" + UUID.randomUUID().toString().replace("-", "");
        secrets.add(secret);
        return secret;
    }

    private static String created(ApiResponse response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.text(field);
    }
}
