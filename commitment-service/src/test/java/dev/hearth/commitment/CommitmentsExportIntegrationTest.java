package dev.hearth.commitment;

import static dev.hearth.platform.test.ExportAssertions.assertExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.platform.test.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/couples/{coupleId}/export/commitments}: a partner's promises, decrypted, as a file; current partners only. */
abstract class CommitmentsExportIntegrationTest extends ServiceIntegrationTest {

    @Test
    void a_partner_exports_every_promise_they_made_or_received_as_each_promise_shows_it() {
        Couple couple = couple();
        List<String> promises = List.of(make(couple, "Water the plants"),
                make(couple, couple.bob(), couple.alice(), "Call your mother", null), make(couple, "Book the table"));
        assertThat(api.post(couple.promises() + "/" + promises.get(2) + "/keep", token(couple.bob()),
                "{\"note\":\"Lovely evening\"}").status()).isEqualTo(200);
        Couple other = couple();
        make(other, "Not theirs");
        awaitListed(couple, 3);

        ApiResponse export = export(couple, couple.alice());

        JsonNode body = assertExport(export, couple.id(), couple.alice());
        List<JsonNode> exported = new ArrayList<>();
        body.path("promises").forEach(exported::add);
        assertThat(exported).containsExactlyElementsOf(promises.stream()
                .map(id -> api.get(couple.promises() + "/" + id, token(couple.alice())).json()).toList());
        assertThat(export.body()).contains("Lovely evening").doesNotContain("Not theirs");

        couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);
        await().atMost(WITHIN).until(() -> export(couple, couple.bob()).status() == 404);
        assertThat(export(couple, couple.alice()).status()).isEqualTo(200);
        assertProblem(export(couple, user("carol")), 404, "couple-not-found");
    }

    /** A measurement, not a check: {@code -Dhearth.measure.export=true}. */
    @Test
    @EnabledIfSystemProperty(named = "hearth.measure.export", matches = "true")
    void measure_the_export_of_500_promises() {
        Couple couple = couple();
        for (int i = 0; i < 500; i++) {
            make(couple, "Promise number " + i + " with a description of ordinary length");
        }
        awaitListed(couple, 500);
        export(couple, couple.alice());
        long start = System.nanoTime();
        ApiResponse export = export(couple, couple.alice());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(export.json().path("promises").size()).isEqualTo(500);
        System.out.printf("[export] 500 promises: %d ms, %d bytes%n", millis, export.body().length());
    }

    private void awaitListed(Couple couple, int promises) {
        await().atMost(WITHIN).until(() -> memberships.find(couple.id()).isPresent()
                && readModelCount(couple) == promises);
    }

    private long readModelCount(Couple couple) {
        JsonNode page = api.get(couple.promises() + "?limit=100", token(couple.alice())).json();
        long count = page.path("items").size();
        String next = page.path("next").asString(null);
        while (next != null) {
            page = api.get(couple.promises() + "?limit=100&cursor=" + next, token(couple.alice())).json();
            count += page.path("items").size();
            next = page.path("next").asString(null);
        }
        return count;
    }

    private ApiResponse export(Couple couple, String caller) {
        return api.get("/api/couples/" + couple.id() + "/export/commitments", token(caller));
    }
}
