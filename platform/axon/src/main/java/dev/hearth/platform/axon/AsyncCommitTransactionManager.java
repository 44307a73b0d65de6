package dev.hearth.platform.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The transactions of processors whose work is replayable (a view, the outbox's token moves) commit
 * without waiting for the WAL flush ({@code SET LOCAL synchronous_commit = off}): a crash can lose
 * their last few hundred milliseconds of progress, which they then redo — they are at-least-once
 * already. Commands keep synchronous commit: an acknowledged command is durable.
 */
public final class AsyncCommitTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final DataSource dataSource;

    public AsyncCommitTransactionManager(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit = off");
        } catch (SQLException e) {
            transaction.rollback();
            throw new IllegalStateException("could not relax the commit of a replayable transaction", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return transaction;
    }
}
