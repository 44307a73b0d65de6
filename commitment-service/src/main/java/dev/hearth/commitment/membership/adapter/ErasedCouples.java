package dev.hearth.commitment.membership.adapter;

import dev.hearth.platform.consumer.view.EveryInstance;
import dev.hearth.platform.consumer.view.MembershipFoldView.CoupleEnding;
import dev.hearth.platform.crypto.keys.CoupleKeyShredder;
import dev.hearth.platform.crypto.keys.KeyCreationGuard;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The couples erased, in {@code erased_couple}: on {@code CoupleErased} the couple's key rows are
 * deleted (under its exclusive advisory lock, which waits for a write sealing with them) and its row
 * inserted in one transaction; from then on no key is created for it ({@link KeyCreationGuard}), so a
 * write racing the erasure either committed first and is shredded, or is refused (404). Every
 * instance drops the couple's cached keys when it hears of the erasure.
 */
@Component
class ErasedCouples implements KeyCreationGuard, CoupleEnding, EveryInstance {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** Through a provider: the vault that shreds asks this guard. */
    private final ObjectProvider<CoupleKeyShredder> shredder;
    private final Clock clock;

    ErasedCouples(DataSource dataSource, PlatformTransactionManager transactions,
                  ObjectProvider<CoupleKeyShredder> shredder, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.shredder = shredder;
        this.clock = clock;
    }

    @Override
    public boolean mayCreateKey(String coupleId) {
        return !isErased(coupleId);
    }

    boolean isErased(String coupleId) {
        Boolean erased = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM erased_couple WHERE couple_id = ?)",
                Boolean.class, coupleId);
        return Boolean.TRUE.equals(erased);
    }

    /** Heard again on a redelivery: the row stays as first written, and there is no key left to shred. */
    @Override
    public void erased(String coupleId) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO erased_couple (couple_id, erased_at) VALUES (?, ?) ON CONFLICT (couple_id) DO NOTHING",
                    coupleId, Timestamp.from(clock.instant()));
            shredder.getObject().shredCouple(coupleId);
        });
    }

    /** Every instance drops the couple's unwrapped keys it may hold (the shredding one does after its commit). */
    @Override
    public void coupleErased(String coupleId) {
        shredder.getObject().evict(coupleId);
    }
}
