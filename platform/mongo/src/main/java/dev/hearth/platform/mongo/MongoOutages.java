package dev.hearth.platform.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.util.Optional;

/**
 * A read-model database that does not answer — no server to select, a socket that timed out or
 * broke, a pool cleared after a failure, a primary being elected — is a 503
 * {@code service-unavailable}: the request may succeed once the database is back, and nothing about
 * it is the client's fault or a bug.
 */
final class MongoOutages implements ProblemTranslator {

    static final String DETAIL = "The service's read-model database did not answer in time; retry later";

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        return ProblemTranslator.unavailableIf(isOutage(exception), DETAIL);
    }

    static boolean isOutage(Throwable exception) {
        return exception instanceof MongoTimeoutException || exception instanceof MongoSocketException
                || exception instanceof MongoOperationTimeoutException || exception instanceof MongoExecutionTimeoutException
                || exception instanceof MongoConnectionPoolClearedException || exception instanceof MongoNotPrimaryException
                || exception instanceof MongoNodeIsRecoveringException;
    }
}
