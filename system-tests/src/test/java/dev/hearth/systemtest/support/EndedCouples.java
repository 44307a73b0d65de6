package dev.hearth.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.Couples.FormedCouple;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The run's one leave and one erasure, made once by the first test that asks
 * ({@link PlatformUnderTest#once}) and shared by the authorization matrix, API1 and the leave and
 * erase test: dave left his couple with erin, who holds dave's open promise (the couple is closed);
 * bob erased his couple with alice, in which bob wrote a shared entry, alice a private one, and alice
 * promised bob something. Made only once every service answers both 404 on every URL of their couple
 * (polled, 30 s), so that whoever uses it may expect the 404s at once.
 *
 * @param left      the answer to dave's {@code POST …/leave}
 * @param leftGone  how long after it dave had a 404 on every URL
 * @param erasure   the answer to bob's {@code DELETE}
 * @param erasedGone how long after it alice and bob had a 404 on every URL
 * @param trustBefore erin's {@code /trust} of the couple's insights before dave left
 */
public record EndedCouples(FormedCouple closed, String openPromiseId, String trustBefore, ApiResponse left, Duration leftGone,
                           FormedCouple erased, ApiResponse erasure, Duration erasedGone) {

    /** How long a couple's URLs may answer after it ended before the 404 (the bound is 5 s at rest). */
    public static final Duration WITHIN = Duration.ofSeconds(30);

    /** Every service's URL of a couple. */
    public static final List<String> URLS = List.of("", "/entries", "/promises", "/insights");

    public static EndedCouples of(PlatformUnderTest hearth) {
        return hearth.once(EndedCouples.class, EndedCouples::make);
    }

    /** dave: left the closed couple. */
    public User departed() {
        return closed.first();
    }

    /** erin: still a partner of the closed couple. */
    public User remaining() {
        return closed.second();
    }

    /** bob: erased his couple. */
    public User eraser() {
        return erased.second();
    }

    /** alice: a partner of the couple bob erased. */
    public User afterErasure() {
        return erased.first();
    }

    /** Polls until every URL of the couple answers the user 404 {@code couple-not-found}; answers how long that took. */
    public static Duration awaitGone(PlatformUnderTest hearth, FormedCouple couple, User user) {
        return Eventually.await(user + " refused everywhere in " + couple.coupleId(), WITHIN,
                () -> URLS.stream().map(url -> hearth.gateway().get(couple.path() + url, user.token())).toList(),
                answers -> answers.stream().allMatch(answer -> answer.status() == 404
                        && answer.contentType().startsWith("application/problem+json")
                        && answer.problemType().equals("couple-not-found"))).after();
    }

    private static EndedCouples make(PlatformUnderTest hearth) {
        ApiClient api = hearth.gateway();
        FormedCouple erased = Couples.form(hearth, "alice", "bob");
        FormedCouple closed = Couples.form(hearth, "dave", "erin");
        assertThat(api.post(erased.path() + "/entries", erased.second().token(),
                Map.of("kind", "GRATITUDE", "visibility", "SHARED", "text", "to be erased")).status()).isEqualTo(201);
        assertThat(api.post(erased.path() + "/entries", erased.first().token(),
                Map.of("kind", "REFLECTION", "visibility", "PRIVATE", "text", "mine, to be erased")).status()).isEqualTo(201);
        Couples.promise(hearth, erased, erased.first(), "to be erased");
        String promise = Couples.promise(hearth, closed, closed.first(), "released when dave leaves");
        // The leave releases what the promise list shows, and insights must know the couple to compare its trust.
        Eventually.await("dave's promise listed", WITHIN, () -> api.get(closed.path() + "/promises", closed.second().token()),
                answer -> answer.body().contains(promise));
        ApiResponse insights = Eventually.await("the couple's insights", WITHIN,
                () -> api.get(closed.path() + "/insights", closed.second().token()), answer -> answer.status() == 200).value();

        ApiResponse left = api.post(closed.path() + "/leave", closed.first().token(), null);
        ApiResponse erasure = api.send("DELETE", erased.path(), ApiClient.bearer(erased.second().token()), null);
        Duration leftGone = awaitGone(hearth, closed, closed.first());
        Duration erasedGone = awaitGone(hearth, erased, erased.second()).plus(awaitGone(hearth, erased, erased.first()));
        return new EndedCouples(closed, promise, insights.json().path("trust").toString(), left, leftGone, erased, erasure,
                erasedGone);
    }
}
