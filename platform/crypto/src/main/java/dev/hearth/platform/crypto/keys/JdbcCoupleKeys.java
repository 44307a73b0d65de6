package dev.hearth.platform.crypto.keys;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code couple_key} in the service's PostgreSQL, beside its event store (and backed up with it:
 * losing this table loses every text). Joins the transaction of the command being handled, so a
 * first key commits or rolls back with the event that needed it, and a shredding with the event
 * that erased. Its locks are transaction-scoped advisory locks on the couple id's 64-bit hash (a
 * collision only makes two couples wait for each other).
 */
public final class JdbcCoupleKeys implements CoupleKeyStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcCoupleKeys.class);
    private static final String COLUMNS = "SELECT couple_id, author_id, version, wrapped, master_key_id FROM couple_key";
    private static final RowMapper<StoredKey> ROW = (rs, n) -> new StoredKey(rs.getString("couple_id"),
            rs.getString("author_id"), rs.getInt("version"), rs.getBytes("wrapped"), rs.getString("master_key_id"));

    private final JdbcTemplate jdbc;

    public JdbcCoupleKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredKey> latest(String coupleId, String authorId) {
        return jdbc.query(COLUMNS + " WHERE couple_id = ? AND author_id = ? ORDER BY version DESC LIMIT 1", ROW,
                coupleId, authorId).stream().findFirst();
    }

    @Override
    public Optional<StoredKey> find(String coupleId, String authorId, int version) {
        return jdbc.query(COLUMNS + " WHERE couple_id = ? AND author_id = ? AND version = ?", ROW, coupleId, authorId,
                version).stream().findFirst();
    }

    /**
     * {@code ON CONFLICT DO NOTHING}, as {@code couple_member} does: PostgreSQL makes a racing insert
     * wait for the other transaction, then reports no row, and this transaction stays usable.
     */
    @Override
    public void addIfAbsent(StoredKey key) {
        jdbc.update("INSERT INTO couple_key (couple_id, author_id, version, wrapped, master_key_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (couple_id, author_id, version) DO NOTHING",
                key.coupleId(), key.authorId(), key.version(), key.wrapped(), key.masterKeyId(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Override
    public void deleteCouple(String coupleId) {
        jdbc.update("DELETE FROM couple_key WHERE couple_id = ?", coupleId);
    }

    @Override
    public void deleteAuthor(String coupleId, String authorId) {
        jdbc.update("DELETE FROM couple_key WHERE couple_id = ? AND author_id = ?", coupleId, authorId);
    }

    @Override
    public void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a couple key is only made or shredded in the transaction of the event that needs it");
        }
    }

    @Override
    public void lockShared(String coupleId) {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0))", rs -> null, coupleId);
    }

    @Override
    public void lockExclusive(String coupleId) {
        requireTransaction();
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, coupleId);
    }

    /** {@code VACUUM} cannot run in a transaction: on a connection of its own, in autocommit. */
    @Override
    public void reclaimSpace() {
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource(), "a JdbcTemplate without a DataSource");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM couple_key");
        } catch (SQLException | RuntimeException e) {
            log.warn("VACUUM couple_key failed after shredding keys; the dead rows stay until autovacuum: {}", e.toString());
        }
    }

    /** Another master key's id among the stored keys, if any: then this service must not start. */
    public Optional<String> foreignMasterKey(String masterKeyId) {
        return jdbc.queryForList("SELECT master_key_id FROM couple_key WHERE master_key_id <> ? LIMIT 1",
                String.class, masterKeyId).stream().findFirst();
    }
}
