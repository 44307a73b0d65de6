package dev.hearth.platform.test.authorization;

import static dev.hearth.platform.test.authorization.Expectation.ok;
import static dev.hearth.platform.test.authorization.Expectation.problem;

import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.platform.test.openapi.ApiOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every endpoint of the HTTP API and what each {@link Actor} gets from it, in one table. One system
 * test plays it through the gateway on shared fixtures, in this order; each service has a test that
 * every one of its request mappings has a row ({@link #assertCovers}), so a new endpoint without a
 * row fails that service's build. To add an endpoint, add its rows here; to add an actor, add it to
 * {@link Actor} and its expectation to the rows it can reach.
 *
 * <p>Outsiders get 404 {@code couple-not-found} from everything under a couple whatever the body
 * (the system test also sends them an invalid and a malformed body); a member of another couple who
 * uses this couple's entry, conflict or promise id in their own couple's URL gets that resource's
 * 404; nobody without a token gets further than 401.
 */
public final class AuthorizationMatrix {

    public static final String JOURNAL = "journal-service";
    public static final String COMMITMENT = "commitment-service";
    public static final String INSIGHTS = "insights-service";

    static final Expectation COUPLE_NOT_FOUND = problem(404, "couple-not-found");
    static final Expectation UNAUTHENTICATED = problem(401, "unauthenticated");

    private static final String ENTRY = "{\"kind\":\"REFLECTION\",\"visibility\":\"SHARED\",\"text\":\"matrix entry\"}";
    private static final String PROMISE = "{\"promiseeId\":\"{partnerId}\",\"description\":\"matrix promise\"}";

    private static final List<Row> ROWS = List.of(
            // couples and invites (whoever left a couple or lost it to erasure is in none, and may start another)
            row(JOURNAL, "POST", "/api/couples", "{\"timezone\":\"Europe/Paris\"}")
                    .partner(problem(409, "already-in-couple")).otherPartner(problem(409, "already-in-couple"))
                    .outsider(problem(409, "already-in-couple")).ended(ok(201)).noToken(UNAUTHENTICATED).build(),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}", null, ok(200), ok(200)),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/invites", "{}", problem(409, "couple-full"), problem(409, "couple-full")),
            row(JOURNAL, "POST", "/api/invites/{code}/accept", "{}")
                    .partner(problem(409, "already-in-couple")).otherPartner(ok(200))
                    .outsider(problem(410, "invite-expired")).ended(problem(410, "invite-expired")).noToken(UNAUTHENTICATED)
                    .build(),
            // journal entries (the fixture entry is the partner's, shared)
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/entries", ENTRY, ok(201), ok(201)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/entries", null, ok(200), ok(200)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/entries/{entryId}", null, ok(200), ok(200)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/entries/{privateEntryId}", null, ok(200),
                    problem(404, "entry-not-found")),
            ownCouple(JOURNAL, "GET", "/api/couples/{ownCoupleId}/entries/{entryId}", null, ok(200), ok(200),
                    problem(404, "entry-not-found")),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/entries/{entryId}/acknowledgements", "{\"response\":\"HEARD\"}",
                    problem(403, "not-allowed"), ok(201)),
            ownCouple(JOURNAL, "POST", "/api/couples/{ownCoupleId}/entries/{entryId}/acknowledgements", "{\"response\":\"HEARD\"}",
                    problem(403, "not-allowed"), ok(201), problem(404, "entry-not-found")),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/entries/{privateEntryId}/acknowledgements", "{\"response\":\"HEARD\"}",
                    problem(403, "not-allowed"), problem(404, "entry-not-found")),
            // conflicts (the fixture conflict is open until the resolve row)
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/conflicts", "{\"topic\":\"matrix topic\"}", ok(201), ok(201)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/conflicts", null, ok(200), ok(200)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/conflicts/{conflictId}", null, ok(200), ok(200)),
            ownCouple(JOURNAL, "GET", "/api/couples/{ownCoupleId}/conflicts/{conflictId}", null, ok(200), ok(200),
                    problem(404, "conflict-not-found")),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/conflicts/{conflictId}/repairs", "{\"note\":\"matrix note\"}",
                    ok(201), ok(201)),
            ownCouple(JOURNAL, "POST", "/api/couples/{ownCoupleId}/conflicts/{conflictId}/repairs", "{}", ok(201), ok(201),
                    problem(404, "conflict-not-found")),
            ownCouple(JOURNAL, "POST", "/api/couples/{ownCoupleId}/conflicts/{conflictId}/resolve", "{\"resolution\":\"COMPROMISE\"}",
                    ok(200), problem(409, "conflict-resolved"), problem(404, "conflict-not-found")),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/conflicts/{conflictId}/resolve", "{\"resolution\":\"AGREEMENT\"}",
                    problem(409, "conflict-resolved"), problem(409, "conflict-resolved")),
            // check-ins
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/check-ins", "{\"safety\":3}", ok(201), ok(201)),
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/check-ins", null, ok(200), ok(200)),
            // promises (the fixture promises are the partner's to the other partner)
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises", PROMISE, ok(201), ok(201)),
            couple(COMMITMENT, "GET", "/api/couples/{coupleId}/promises", null, ok(200), ok(200)),
            couple(COMMITMENT, "GET", "/api/couples/{coupleId}/promises/{promiseId}", null, ok(200), ok(200)),
            ownCouple(COMMITMENT, "GET", "/api/couples/{ownCoupleId}/promises/{promiseId}", null, ok(200), ok(200),
                    problem(404, "promise-not-found")),
            ownCouple(COMMITMENT, "POST", "/api/couples/{ownCoupleId}/promises/{promiseId}/keep", "{}", ok(200),
                    problem(409, "promise-closed"), problem(404, "promise-not-found")),
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises/{promiseId}/keep", "{\"note\":\"matrix\"}",
                    problem(409, "promise-closed"), problem(409, "promise-closed")),
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises/{promiseToBreakId}/break", "{}",
                    problem(403, "not-allowed"), ok(200)),
            // the rest of the lifecycle: the promisee releases, the promiser withdraws and renegotiates
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises/{promiseToReleaseId}/release", "{}",
                    problem(403, "not-allowed"), ok(200)),
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises/{promiseToWithdrawId}/withdraw", "{}",
                    ok(200), problem(403, "not-allowed")),
            couple(COMMITMENT, "POST", "/api/couples/{coupleId}/promises/{promiseToRenegotiateId}/renegotiate",
                    "{\"description\":\"matrix renegotiated\"}", ok(200), problem(403, "not-allowed")),
            couple(COMMITMENT, "GET", "/api/couples/{coupleId}/export/commitments", null, ok(200), ok(200)),
            // insights
            couple(INSIGHTS, "GET", "/api/couples/{coupleId}/insights", null, ok(200), ok(200)),
            // trends: membership first (outsiders 404 whatever the query), then the parameters (none given here)
            couple(INSIGHTS, "GET", "/api/couples/{coupleId}/insights/trends", null,
                    problem(400, "invalid-request"), problem(400, "invalid-request")),
            // last, as they end the couple: an export each; the partner leaves (closed), the other, last, erases by leaving
            couple(JOURNAL, "GET", "/api/couples/{coupleId}/export/journal", null, ok(200), ok(200)),
            couple(JOURNAL, "POST", "/api/couples/{coupleId}/leave", null, ok(202), ok(202)),
            couple(JOURNAL, "DELETE", "/api/couples/{coupleId}", null, COUPLE_NOT_FOUND, COUPLE_NOT_FOUND));

    private AuthorizationMatrix() {
    }

    /** Every row, in the order the system test plays them. */
    public static List<Row> rows() {
        return ROWS;
    }

    public static List<Row> rowsOf(String service) {
        return ROWS.stream().filter(row -> row.service().equals(service)).toList();
    }

    /**
     * Fails unless every request mapping of the service ({@code "GET /api/couples/{coupleId}"}, as
     * {@link RequestMappings} finds them) has at least one row, and every row of the service names a
     * mapping it has.
     */
    public static void assertCovers(String service, Collection<String> mappings) {
        fail(differences(service, mappings));
    }

    /**
     * Fails unless the committed API documents ({@code docs/openapi/*.json}, as {@link ApiOperations}
     * reads them) and the matrix name the same operations, service by service: an operation without
     * a row, or a row of an operation no document has, is named in the message.
     */
    public static void assertMatches(Collection<ApiOperation> documented) {
        Set<String> services = new TreeSet<>();
        documented.forEach(operation -> services.add(operation.service()));
        ROWS.forEach(row -> services.add(row.service()));
        List<String> problems = new ArrayList<>();
        for (String service : services) {
            problems.addAll(differences(service, documented.stream()
                    .filter(operation -> operation.service().equals(service)).map(ApiOperation::name).toList()));
        }
        fail(problems);
    }

    private static List<String> differences(String service, Collection<String> mappings) {
        Set<String> mapped = new TreeSet<>();
        for (String mapping : mappings) {
            int space = mapping.indexOf(' ');
            mapped.add(mapping.substring(0, space) + " " + Row.shape(mapping.substring(space + 1)));
        }
        Set<String> rowed = new LinkedHashSet<>();
        for (Row row : rowsOf(service)) {
            rowed.add(row.method() + " " + row.pathShape());
        }
        List<String> problems = new ArrayList<>();
        for (String mapping : mapped) {
            if (!rowed.contains(mapping)) {
                problems.add("no row in the authorization matrix for " + service + " " + mapping);
            }
        }
        for (String row : rowed) {
            if (!mapped.contains(row)) {
                problems.add("a row of the authorization matrix names " + row + ", which " + service + " does not map");
            }
        }
        return problems;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems)
                    + "\n(add or fix rows in dev.hearth.platform.test.authorization.AuthorizationMatrix)");
        }
    }

    /**
     * A request under the couple: outsiders get 404 {@code couple-not-found}, and so do the departed
     * partner and the partner after erasure under their former couple; no token 401.
     */
    private static Row couple(String service, String method, String path, @Nullable String body, Expectation partner,
                              Expectation otherPartner) {
        return row(service, method, path, body).partner(partner).otherPartner(otherPartner).outsider(COUPLE_NOT_FOUND)
                .ended(COUPLE_NOT_FOUND).noToken(UNAUTHENTICATED).build();
    }

    /**
     * A request under each actor's own couple naming this couple's resource: the outsider's is another
     * couple's; the departed partner's and the erased one's own couple is the one that ended (404).
     */
    private static Row ownCouple(String service, String method, String path, @Nullable String body, Expectation partner,
                                 Expectation otherPartner, Expectation outsider) {
        return row(service, method, path, body).partner(partner).otherPartner(otherPartner).outsider(outsider)
                .ended(COUPLE_NOT_FOUND).noToken(UNAUTHENTICATED).build();
    }

    private static Builder row(String service, String method, String path, @Nullable String body) {
        return new Builder(service, method, path, body);
    }

    private static final class Builder {
        private final String service;
        private final String method;
        private final String path;
        private final @Nullable String body;
        private final Map<Actor, Expectation> expected = new EnumMap<>(Actor.class);

        Builder(String service, String method, String path, @Nullable String body) {
            this.service = service;
            this.method = method;
            this.path = path;
            this.body = body;
        }

        Builder partner(Expectation expectation) {
            return expect(Actor.PARTNER, expectation);
        }

        Builder otherPartner(Expectation expectation) {
            return expect(Actor.OTHER_PARTNER, expectation);
        }

        Builder outsider(Expectation expectation) {
            return expect(Actor.OUTSIDER, expectation);
        }

        /** The departed partner and the partner after erasure alike. */
        Builder ended(Expectation expectation) {
            return expect(Actor.DEPARTED_PARTNER, expectation).expect(Actor.AFTER_ERASURE, expectation);
        }

        Builder noToken(Expectation expectation) {
            return expect(Actor.NO_TOKEN, expectation);
        }

        private Builder expect(Actor actor, Expectation expectation) {
            expected.put(actor, expectation);
            return this;
        }

        Row build() {
            return new Row(service, method, path, body, expected);
        }
    }
}
