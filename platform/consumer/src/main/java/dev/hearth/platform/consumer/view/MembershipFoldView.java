package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.mongo.Roster;
import java.util.List;
import java.util.function.Consumer;

/**
 * A service's membership view of {@code hearth.couples.v1}: one document per couple, its {@link Roster}
 * (partners joined, those who left, closed, erased) plus what the service keeps beside it. Once a
 * partner left or the couple was erased, the service's membership cache forgets the couple. Each
 * {@link CoupleEnding} of the service hears of a leave before the write that records it (so a crash
 * hears it again on the redelivery), and of an erasure after the tombstone is written (so nothing it
 * drops can be revived meanwhile). Invites change no membership and are not read.
 *
 * @param <S> the state of one couple's document
 */
public abstract class MembershipFoldView<S> extends PerCoupleView<S> {

    private final Consumer<String> forget;
    private final List<CoupleEnding> endings;

    /** @param forget drops a couple from the service's membership cache ({@code ViewMemberships::forget}) */
    protected MembershipFoldView(Layout layout, Consumer<String> forget, List<CoupleEnding> endings) {
        super(layout, CoupleStarted.class, PartnerJoined.class, PartnerLeft.class, CoupleErased.class);
        this.forget = forget;
        this.endings = List.copyOf(endings);
    }

    /** The roster the state holds. */
    protected abstract Roster roster(S state);

    /** The state with this roster, after this event (its other fields changed by it, e.g. a start's timezone). */
    protected abstract S with(S state, Roster roster, DecodedEvent event, String coupleId);

    @Override
    public final S apply(S state, DecodedEvent event, String coupleId) {
        Roster roster = roster(state);
        if (roster.isErased()) {
            return state;
        }
        Roster next = switch (event.event()) {
            case CoupleStarted started -> roster.joined(started.userId());
            case PartnerJoined joined -> roster.joined(joined.userId());
            case PartnerLeft left -> roster.left(left.userId());
            case CoupleErased erased -> roster.erased(event.envelope().time());
            default -> roster;
        };
        return with(state, next, event, coupleId);
    }

    @Override
    public void beforeWrite(String coupleId, S state) {
        Roster roster = roster(state);
        if (roster.closed() && !roster.isErased()) {
            endings.forEach(ending -> ending.left(coupleId, roster));
        }
    }

    @Override
    public void afterWrite(String coupleId, S state) {
        Roster roster = roster(state);
        if (roster.closed()) {
            forget.accept(coupleId);
        }
        if (roster.isErased()) {
            endings.forEach(ending -> ending.erased(coupleId));
        }
    }

    /**
     * What a service does when a couple ends. Heard again on every redelivery and for any later event
     * of the couple: both must be idempotent, and throwing fails the poll (retried).
     */
    public interface CoupleEnding {

        /** A partner left (the last of {@code roster.departed()}): before the leave is recorded as applied. */
        default void left(String coupleId, Roster roster) {
        }

        /**
         * The couple was erased, its tombstone written: drop its documents by {@code _id}, through the
         * couple's index documents (never a scan), and its rows.
         */
        default void erased(String coupleId) {
        }
    }
}
