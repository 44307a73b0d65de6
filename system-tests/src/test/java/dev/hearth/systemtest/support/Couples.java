package dev.hearth.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import java.util.Map;

/** Couples formed through the gateway, for tests about what comes after. */
public final class Couples {

    private Couples() {
    }

    /** A couple and its two partners: {@code first} started it and invited {@code second}, who accepted {@code inviteCode}. */
    public record FormedCouple(String coupleId, User first, User second, String inviteCode) {

        public String path() {
            return "/api/couples/" + coupleId;
        }
    }

    public static FormedCouple form(PlatformUnderTest platform, String firstName, String secondName) {
        ApiClient gateway = platform.gateway();
        User first = platform.newUser(firstName);
        User second = platform.newUser(secondName);
        ApiResponse started = gateway.post("/api/couples", first.token(), Map.of("timezone", "Europe/Berlin"));
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String coupleId = started.text("/coupleId");
        ApiResponse invited = gateway.post("/api/couples/" + coupleId + "/invites", first.token(), Map.of());
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        ApiResponse accepted = gateway.post("/api/invites/" + invited.text("/code") + "/accept", second.token(), Map.of());
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        return new FormedCouple(coupleId, first, second, invited.text("/code"));
    }

    /** {@code promiser} promises the other partner; answers the new promise's id. */
    public static String promise(PlatformUnderTest platform, FormedCouple couple, User promiser, String description) {
        User promisee = promiser.equals(couple.first()) ? couple.second() : couple.first();
        ApiResponse made = platform.gateway().post(couple.path() + "/promises", promiser.token(),
                Map.of("promiseeId", promisee.id(), "description", description));
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        return made.text("/promiseId");
    }
}
