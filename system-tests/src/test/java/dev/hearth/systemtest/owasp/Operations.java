package dev.hearth.systemtest.owasp;

import dev.hearth.platform.test.authorization.Actor;
import dev.hearth.platform.test.authorization.AuthorizationMatrix;
import dev.hearth.platform.test.authorization.Expectation;
import dev.hearth.platform.test.authorization.Row;
import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.platform.test.openapi.ApiOperations;
import java.util.List;
import java.util.Optional;

/** The operations under attack: every one of the committed API documents, and who may succeed at each. */
final class Operations {

    private static final List<ApiOperation> ALL = ApiOperations.committed();

    private Operations() {
    }

    static List<ApiOperation> all() {
        return ALL;
    }

    static List<ApiOperation> withBodies() {
        return ALL.stream().filter(operation -> operation.requestSchema() != null).toList();
    }

    /**
     * The partner who succeeds at the operation on the fixtures, as a row of the authorization
     * matrix says ({@link Actor#PARTNER} first); empty when neither does (starting a couple: only
     * someone without one).
     */
    static Optional<Actor> succeeding(ApiOperation operation) {
        String shape = Row.shape(operation.path());
        for (Actor actor : List.of(Actor.PARTNER, Actor.OTHER_PARTNER)) {
            for (Row row : AuthorizationMatrix.rowsOf(operation.service())) {
                Expectation expected = row.expected().get(actor);
                if (row.method().equals(operation.method()) && row.pathShape().equals(shape) && expected != null
                        && expected.status() < 300) {
                    return Optional.of(actor);
                }
            }
        }
        return Optional.empty();
    }
}
