package dev.hearth.platform.crypto.keys;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code couple_key} in the service's PostgreSQL, beside its event store (and backed up with it:
 * losing this table loses every text). Joins the transaction of the command being handled, so a
 * couple's first key commits or rolls back with the event that needed it.
 */
public final class JdbcCoupleKeys implements CoupleKeyStore {

    private static final RowMapper<StoredKey> ROW = (rs, n) -> new StoredKey(rs.getString("couple_id"),
            rs.getInt("version"), rs.getBytes("wrapped"), rs.getString("master_key_id"));

    private final JdbcTemplate jdbc;

    public JdbcCoupleKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredKey> latest(String coupleId) {
        return jdbc.query("SELECT couple_id, version, wrapped, master_key_id FROM couple_key WHERE couple_id = ?"
                + " ORDER BY version DESC LIMIT 1", ROW, coupleId).stream().findFirst();
    }

    @Override
    public Optional<StoredKey> find(String coupleId, int version) {
        return jdbc.query("SELECT couple_id, version, wrapped, master_key_id FROM couple_key"
                + " WHERE couple_id = ? AND version = ?", ROW, coupleId, version).stream().findFirst();
    }

    /**
     * {@code ON CONFLICT DO NOTHING}, as {@code couple_member} does: PostgreSQL makes a racing insert
     * wait for the other transaction, then reports no row, and this transaction stays usable.
     */
    @Override
    public void addIfAbsent(StoredKey key) {
        jdbc.update("INSERT INTO couple_key (couple_id, version, wrapped, master_key_id, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (couple_id, version) DO NOTHING",
                key.coupleId(), key.version(), key.wrapped(), key.masterKeyId(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Override
    public void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a couple key is only made in the transaction of the event that needs it");
        }
    }

    /** Another master key's id among the stored keys, if any: then this service must not start. */
    public Optional<String> foreignMasterKey(String masterKeyId) {
        return jdbc.queryForList("SELECT master_key_id FROM couple_key WHERE master_key_id <> ? LIMIT 1",
                String.class, masterKeyId).stream().findFirst();
    }
}
