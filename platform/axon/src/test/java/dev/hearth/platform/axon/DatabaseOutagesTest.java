package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutagesTest {

    private final DatabaseOutages outages = new DatabaseOutages();

    @Test
    void no_connection_within_the_pools_wait_is_a_503() {
        var noConnection = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, "
                + "request timed out after 2000ms");

        assertThat(outages.translate(noConnection)).map(Rejection::type).hasValue(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(outages.translate(new CannotCreateTransactionException("Could not open JDBC Connection", noConnection)))
                .map(Rejection::type).hasValue(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void a_read_that_timed_out_or_a_broken_connection_is_a_503() {
        assertThat(outages.translate(new QueryTimeoutException("statement timeout")))
                .map(Rejection::type).hasValue(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(outages.translate(new SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .map(Rejection::type).hasValue(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(outages.translate(new SQLException("the database system is shutting down", "57P01")))
                .map(Rejection::type).hasValue(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(outages.translate(new SQLException("Connection is closed")))
                .as("the pool's closed connection, reused after it broke").map(Rejection::type)
                .hasValue(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void the_answer_says_nothing_about_the_database() {
        assertThat(outages.translate(new SQLTransientConnectionException("HikariPool-1 at db.internal:5432")))
                .hasValueSatisfying(rejection -> assertThat(rejection.detail()).doesNotContain("db.internal", "Hikari"));
    }

    @Test
    void lost_races_constraint_violations_and_bugs_are_not_outages() {
        assertThat(outages.translate(new ConcurrencyException("sequence 3 taken"))).isEmpty();
        assertThat(outages.translate(new SQLException("duplicate key value", "23505"))).isEmpty();
        assertThat(outages.translate(new EventStoreException("cannot read"))).isEmpty();
        assertThat(outages.translate(new IllegalStateException("a bug"))).isEmpty();
    }
}
