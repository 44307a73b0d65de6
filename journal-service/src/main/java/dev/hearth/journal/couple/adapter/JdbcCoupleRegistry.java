package dev.hearth.journal.couple.adapter;

import dev.hearth.journal.couple.CoupleRegistry;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link CoupleRegistry} on PostgreSQL. It joins the transaction Axon opened for the command (Spring's
 * transaction manager, same DataSource), so a row exists exactly when the couple's event does; which
 * makes its members table the source of truth the membership check reads ({@link MembershipFacts}).
 */
@Component
class JdbcCoupleRegistry implements CoupleRegistry, MembershipFacts {

    private final JdbcTemplate jdbc;

    JdbcCoupleRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    }

    @Override
    public void recordInvite(String codeHash, String coupleId, Instant expiresAt) {
        jdbc.update("INSERT INTO couple_invite (code_hash, couple_id, expires_at) VALUES (?, ?, ?)",
                codeHash, coupleId, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return !jdbc.queryForList("SELECT 1 FROM couple_member WHERE user_id = ? AND couple_id = ?", Integer.class,
                userId, coupleId).isEmpty();
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
}
