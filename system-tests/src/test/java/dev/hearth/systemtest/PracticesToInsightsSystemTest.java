package dev.hearth.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Couples;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import dev.hearth.systemtest.support.Eventually;
import dev.hearth.systemtest.support.Eventually.Observed;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 12's acceptance, tried as a new user would, through the gateway: trust, listening, trends, felt safety. */
@SystemTest
class PracticesToInsightsSystemTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void nine_of_ten_kept_against_three_of_ten_then_trends_and_a_private_check_in(PlatformUnderTest hearth) {
        FormedCouple couple = Couples.form(hearth, "alice", "bob");
        User a = couple.first();
        User b = couple.second();
        for (int i = 0; i < 10; i++) {
            outcome(hearth, couple, a, i < 9 ? a : b, i < 9);
            outcome(hearth, couple, b, i < 3 ? b : a, i < 3);
        }

        Observed<ApiResponse> insights = Eventually.await("both partners' trust evidence ≥ 9.5", DEADLINE,
                () -> hearth.gateway().get(couple.path() + "/insights", a.token()),
                response -> response.status() == 200 && partner(response.json(), a).at("/trust/evidence").asDouble() >= 9.5
                        && partner(response.json(), b).at("/trust/evidence").asDouble() >= 9.5
                        && response.json().at("/consistency/evidence").asInt() == 20);
        JsonNode summary = insights.value().json();
        assertThat(partner(summary, a).at("/trust/score").asDouble()).isEqualTo(83.3);
        assertThat(partner(summary, b).at("/trust/score").asDouble()).isEqualTo(33.3);
        assertThat(summary.at("/trust/score").asDouble()).isEqualTo(59.1);
        assertThat(summary.at("/model").asString()).isEqualTo("esi-v1");
        assertThat(partner(summary, a).at("/consistency/score").asDouble()).isEqualTo(12.5);
        assertThat(partner(summary, b).at("/consistency/score").asDouble()).isEqualTo(12.5);
        assertThat(summary.at("/signals").findValuesAsString("type")).doesNotContain("TRUST_DROP");
        System.out.println("[system-test] practices, 20 outcomes -> insight: " + insights.after().toMillis() + " ms");

        // trends of trust: a point per local day through today, 50 until today's 59.1
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String days = "/insights/trends?metric=trust&granularity=day&from=" + today.minusDays(7) + "&to=" + today.plusDays(1);
        ApiResponse trend = hearth.gateway().get(couple.path() + days, a.token());
        assertThat(trend.status()).as("%s", trend).isEqualTo(200);
        JsonNode points = trend.json().at("/points");
        assertThat(points).hasSize(8);
        assertThat(points.get(0).at("/value").asDouble()).isEqualTo(50.0);
        assertThat(points.get(0).at("/evidence").asDouble()).isZero();
        assertThat(points.get(7).at("/value").asDouble()).isEqualTo(59.1);
        JsonNode ofA = hearth.gateway().get(couple.path() + days + "&partner=" + a.id(), b.token()).json().at("/points");
        assertThat(ofA.get(7).at("/value").asDouble()).isEqualTo(83.3);
        assertThat(hearth.gateway().get(couple.path() + days.replace("granularity=day", "granularity=month"), a.token())
                .status()).isEqualTo(400);
        ApiResponse tooLong = hearth.gateway().get(couple.path() + "/insights/trends?metric=trust&granularity=day&from="
                + today.minusDays(92) + "&to=" + today, a.token());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("/detail")).contains("92");
        User outsider = hearth.newUser("carol");
        assertThat(hearth.gateway().get(couple.path() + days, outsider.token()).status()).isEqualTo(404);

        // a check-in is its partner's alone
        ApiResponse checkedIn = hearth.gateway().post(couple.path() + "/check-ins", a.token(), Map.of("safety", 4));
        assertThat(checkedIn.status()).as("%s", checkedIn).isEqualTo(201);
        Observed<ApiResponse> safety = Eventually.await("alice's felt safety", DEADLINE,
                () -> hearth.gateway().get(couple.path() + "/insights", a.token()),
                response -> response.status() == 200 && response.json().at("/feltSafety/checkIns").asInt() == 1);
        assertThat(safety.value().json().at("/feltSafety/mean").asDouble()).isEqualTo(4.0);
        assertThat(safety.value().json().at("/feltSafety/score").asDouble()).isEqualTo(75.0);
        JsonNode forB = hearth.gateway().get(couple.path() + "/insights", b.token()).json();
        assertThat(forB.at("/feltSafety/checkIns").asInt()).isZero();
        assertThat(forB.toString()).doesNotContain("\"mean\":4.0");
    }

    @Test
    void six_of_seven_bids_acknowledged_is_0_857_and_one_of_three_is_0_333(PlatformUnderTest hearth) {
        FormedCouple many = Couples.form(hearth, "alice", "bob");
        FormedCouple few = Couples.form(hearth, "carol", "dave");
        bids(hearth, many, 7, 6);
        bids(hearth, few, 3, 1);

        Observed<ApiResponse> answered = Eventually.await("listening evidence 7", DEADLINE,
                () -> hearth.gateway().get(many.path() + "/insights", many.first().token()),
                response -> response.status() == 200 && response.json().at("/listening/evidence").asInt() == 7
                        && response.json().at("/listening/turnTowardRate").asDouble() == 0.857);
        System.out.println("[system-test] practices, last acknowledgement -> insight: " + answered.after().toMillis() + " ms");
        JsonNode seven = answered.value().json();
        assertThat(seven.at("/listening/score").asDouble()).isEqualTo(77.8);
        assertThat(partner(seven, many.second()).at("/listening/turnTowardRate").asDouble()).isEqualTo(0.857);
        JsonNode three = Eventually.await("listening evidence 3", DEADLINE,
                () -> hearth.gateway().get(few.path() + "/insights", few.first().token()),
                response -> response.status() == 200 && response.json().at("/listening/evidence").asInt() == 3
                        && response.json().at("/listening/turnTowardRate").asDouble() == 0.333).value().json();
        assertThat(three.at("/listening/score").asDouble()).isEqualTo(40.0);
    }

    /** {@code promiser}'s promise to the other partner, kept or broken as {@code recorder} records it. */
    private static void outcome(PlatformUnderTest hearth, FormedCouple couple, User promiser, User recorder, boolean kept) {
        String promise = Couples.promise(hearth, couple, promiser, "practice " + (kept ? "kept" : "broken"));
        ApiResponse recorded = hearth.gateway().post(couple.path() + "/promises/" + promise + (kept ? "/keep" : "/break"),
                recorder.token(), Map.of());
        assertThat(recorded.status()).as("%s", recorded).isBetween(200, 299);
    }

    /** The first partner shares {@code count} reflections; the second acknowledges the first {@code answered}. */
    private static void bids(PlatformUnderTest hearth, FormedCouple couple, int count, int answered) {
        for (int i = 0; i < count; i++) {
            ApiResponse written = hearth.gateway().post(couple.path() + "/entries", couple.first().token(),
                    Map.of("kind", "REFLECTION", "visibility", "SHARED", "text", "a bid " + i));
            assertThat(written.status()).as("%s", written).isEqualTo(201);
            if (i < answered) {
                ApiResponse heard = hearth.gateway().post(couple.path() + "/entries/" + written.text("/entryId")
                        + "/acknowledgements", couple.second().token(), Map.of("response", "HEARD"));
                assertThat(heard.status()).as("%s", heard).isBetween(200, 299);
            }
        }
    }

    private static JsonNode partner(JsonNode summary, User user) {
        for (JsonNode partner : summary.at("/partners")) {
            if (partner.at("/userId").asString().equals(user.id())) {
                return partner;
            }
        }
        throw new AssertionError("no partner " + user + " in " + summary);
    }
}
