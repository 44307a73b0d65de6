package dev.hearth.systemtest.owasp;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.systemtest.support.EndedCouples;
import dev.hearth.systemtest.support.Footprint;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * API1, broken object-level authorization: every operation under a couple, with the body a partner
 * would send, answers 404 {@code couple-not-found} to a member of another couple and to a user
 * without one; a member of another couple who puts this couple's entry, conflict or promise id in
 * their own couple's URL gets that resource's 404; and not one event, view document or topic record
 * of the couple appears. A partner who left a couple, and both partners of an erased one, get 404
 * {@code couple-not-found} from every operation under the couple they had, which changes in nothing
 * ({@link EndedCouples}: the run's one leave and one erasure).
 */
@SystemTest
class Api1ObjectLevelAuthorizationSystemTest {

    @Test
    void nobody_outside_the_couple_reaches_it_or_its_ids_and_nothing_is_written(PlatformUnderTest hearth,
            TestReporter reporter) {
        OwaspFixtures fixtures = OwaspFixtures.of(hearth);
        ApiClient api = hearth.gateway();
        Ledger ledger = new Ledger("API1 object-level authorization");
        Footprint before = fixtures.settled(hearth);
        Footprint theirs = Footprint.settled(hearth, fixtures.others().coupleId(), fixtures.outsider(), fixtures.others().second());
        EndedCouples ended = EndedCouples.of(hearth);
        Footprint closed = Footprint.atRest(hearth, ended.closed().coupleId());
        Footprint erased = Footprint.atRest(hearth, ended.erased().coupleId());

        for (ApiOperation operation : Operations.all()) {
            if (!operation.underCouple()) {
                continue;
            }
            String body = body(operation, fixtures.otherPartner());
            for (User stranger : List.of(fixtures.outsider(), fixtures.loner())) {
                ApiResponse answer = ledger.send(api, operation.method(), fixtures.path(operation), stranger.token(), body);
                ledger.expectProblem(answer, 404, "couple-not-found", operation.name() + " by " + stranger);
            }
            // Those whose couple ended, on the couple they had: as if it never existed.
            Map<User, String> former = Map.of(ended.departed(), ended.closed().coupleId(), ended.afterErasure(),
                    ended.erased().coupleId(), ended.eraser(), ended.erased().coupleId());
            former.forEach((partner, couple) -> ledger.expectProblem(ledger.send(api, operation.method(),
                    fixtures.path(operation, couple, Map.of()), partner.token(), body), 404, "couple-not-found",
                    operation.name() + " by " + partner + " on the couple they had"));
            if (operation.pathParameters().size() > 1) {
                // Under their own couple, with their own partner in the body: only the id is someone else's.
                String own = fixtures.path(operation, fixtures.others().coupleId(), Map.of());
                ApiResponse answer = ledger.send(api, operation.method(), own, fixtures.outsider().token(),
                        body(operation, fixtures.others().second()));
                ledger.expect(answer, notFound -> notFound.status() == 404
                                && notFound.contentType().startsWith("application/problem+json")
                                && notFound.problemType().endsWith("-not-found")
                                && !notFound.problemType().equals("couple-not-found"),
                        operation.name() + " by " + fixtures.outsider() + " under their own couple with this couple's ids: "
                                + "expected that resource's 404");
            }
        }
        ledger.assertNothingWrong(reporter, "");
        fixtures.assertUnchanged(before, "the strangers", hearth);
        theirs.assertUnchanged("their ids of this couple", hearth, fixtures.others().coupleId(), fixtures.outsider(),
                fixtures.others().second());
        closed.assertSameAtRest("its departed partner", hearth, ended.closed().coupleId());
        erased.assertSameAtRest("its partners after erasure", hearth, ended.erased().coupleId());
    }

    private static @Nullable String body(ApiOperation operation, User partner) {
        return operation.requestSchema() == null ? null : HostileBodies.valid(operation, partner.id());
    }
}
