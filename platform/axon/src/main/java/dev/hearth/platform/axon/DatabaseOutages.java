package dev.hearth.platform.axon;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * An event store that does not answer — no connection within the pool's wait (Hikari's
 * {@link SQLTransientConnectionException}), a transaction that cannot begin, a read that timed out,
 * a server shutting down or refusing connections — is a 503 {@code service-unavailable}: the same
 * request may succeed once the database is back. Lost races and rejections are not outages; they
 * keep their own answers.
 */
final class DatabaseOutages implements ProblemTranslator {

    static final String DETAIL = "The service's database did not answer in time; retry later";

    /** PostgreSQL: query_canceled (a statement timeout), admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57014", "57P01", "57P02", "57P03", "53300");

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        if (isOutage(exception)) {
            return Optional.of(new Rejection(ProblemType.SERVICE_UNAVAILABLE, DETAIL));
        }
        return Optional.empty();
    }

    static boolean isOutage(Throwable exception) {
        return switch (exception) {
            case CannotCreateTransactionException cannotBegin -> true;
            case DataAccessResourceFailureException resourceFailure -> true;
            case TransientDataAccessResourceException transientResource -> true;
            case QueryTimeoutException queryTimeout -> true;
            case SQLTransientConnectionException noConnection -> true;
            case SQLNonTransientConnectionException connectionFailed -> true;
            case SQLRecoverableException recoverable -> true;
            case SQLTimeoutException timeout -> true;
            // SQLSTATE class 08: connection exception.
            case SQLException sql when sql.getSQLState() != null ->
                    sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState());
            // The pool's wording, without a SQLSTATE, for a connection that broke under the unit of work
            // (Axon reads the events again on it after the snapshot read failed on the stalled socket).
            case SQLException sql -> HIKARI_CLOSED_CONNECTION.equals(sql.getMessage());
            default -> false;
        };
    }
}
