package dev.hearth.journal.couple.adapter;

import dev.hearth.journal.couple.CoupleRegistry;
import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.platform.axon.view.ParkedEvents;
import dev.hearth.platform.crypto.keys.CoupleKeyShredder;
import dev.hearth.platform.crypto.keys.KeyCreationGuard;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link CoupleRegistry} on PostgreSQL. It joins the transaction Axon opened for the command (Spring's
 * transaction manager, same DataSource), so a row exists exactly when the couple's event does; which
 * makes its partners table the source of truth the membership check reads ({@link MembershipFacts}),
 * and its members table what decides whether a couple may still get a key ({@link KeyCreationGuard}:
 * an erased couple has no member row, so a write racing the erasure cannot revive a key).
 */
@Component
class JdbcCoupleRegistry implements CoupleRegistry, MembershipFacts, KeyCreationGuard {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<CoupleKeyShredder> keys;

    // The shredder comes from the vault, which asks this class as its guard: looked up when used.
    JdbcCoupleRegistry(JdbcTemplate jdbc, ObjectProvider<CoupleKeyShredder> keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /**
     * {@code ON CONFLICT DO NOTHING} instead of catching the duplicate key: PostgreSQL makes a racing
     * insert wait for the other transaction and then reports no row, and this transaction stays usable.
     */
    @Override
    public void enrol(String userId, String coupleId) {
        int inserted = jdbc.update(
                "INSERT INTO couple_member (user_id, couple_id) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
                userId, coupleId);
        if (inserted == 0) {
            throw new Rejection(ProblemType.ALREADY_IN_COUPLE, "You are already a partner in a couple");
        }
        jdbc.update("INSERT INTO couple_partner (couple_id, user_id) VALUES (?, ?)", coupleId, userId);
    }

    @Override
    public void recordInvite(String codeHash, String coupleId, Instant expiresAt) {
        jdbc.update("INSERT INTO couple_invite (code_hash, couple_id, expires_at) VALUES (?, ?, ?)",
                codeHash, coupleId, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    @Override
    public void leave(String coupleId, String userId) {
        jdbc.update("UPDATE couple_partner SET left_at = ? WHERE couple_id = ? AND user_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC), coupleId, userId);
        jdbc.update("DELETE FROM couple_member WHERE couple_id = ?", coupleId);
        jdbc.update("DELETE FROM couple_invite WHERE couple_id = ?", coupleId);
        keys.getObject().shredAuthor(coupleId, userId);
    }

    @Override
    public void erase(String coupleId) {
        keys.getObject().shredCouple(coupleId);
        jdbc.update("DELETE FROM couple_partner WHERE couple_id = ?", coupleId);
        jdbc.update("DELETE FROM couple_member WHERE couple_id = ?", coupleId);
        jdbc.update("DELETE FROM couple_invite WHERE couple_id = ?", coupleId);
        new ParkedEvents(jdbc, JournalViewStore.PROCESSOR).dropCouple(coupleId);
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return exists("SELECT 1 FROM couple_partner WHERE couple_id = ? AND user_id = ? AND left_at IS NULL", coupleId,
                userId);
    }

    /** Whether a partner has left the couple: it is read-only. */
    boolean isClosed(String coupleId) {
        return exists("SELECT 1 FROM couple_partner WHERE couple_id = ? AND left_at IS NOT NULL LIMIT 1", coupleId);
    }

    /** Written with the couple's own events: nothing to wait for. */
    @Override
    public boolean mayLag() {
        return false;
    }

    @Override
    public Optional<String> coupleOfInvite(String codeHash) {
        return jdbc.queryForList("SELECT couple_id FROM couple_invite WHERE code_hash = ?", String.class, codeHash)
                .stream().findFirst();
    }

    @Override
    public boolean mayCreateKey(String coupleId) {
        return exists("SELECT 1 FROM couple_member WHERE couple_id = ? LIMIT 1", coupleId);
    }

    @Override
    public boolean mayCreateAuthorKey(String coupleId, String authorId) {
        return exists("SELECT 1 FROM couple_member WHERE user_id = ? AND couple_id = ?", authorId, coupleId);
    }

    private boolean exists(String sql, Object... args) {
        return !jdbc.queryForList(sql, Integer.class, args).isEmpty();
    }
}
