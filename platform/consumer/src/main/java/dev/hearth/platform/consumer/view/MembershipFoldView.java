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
 * partner left or the couple was erased, the service's membership cache forgets the couple; once it is
 * erased, the tombstone written, each {@link CoupleErasure} of the service drops the couple's other
 * documents and rows. Invites change no membership and are not read.
 *
 * @param <S> the state of one couple's document
 */
public abstract class MembershipFoldView<S> extends PerCoupleView<S> {

    private final Consumer<String> forget;
    private final List<CoupleErasure> erasures;

    /** @param forget drops a couple from the service's membership cache ({@code ViewMemberships::forget}) */
    protected MembershipFoldView(Layout layout, Consumer<String> forget, List<CoupleErasure> erasures) {
        super(layout, CoupleStarted.class, PartnerJoined.class, PartnerLeft.class, CoupleErased.class);
        this.forget = forget;
        this.erasures = List.copyOf(erasures);
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
    public void afterWrite(String coupleId, S state) {
        Roster roster = roster(state);
        if (roster.closed()) {
            forget.accept(coupleId);
        }
        if (roster.isErased()) {
            for (CoupleErasure erasure : erasures) {
                erasure.erase(coupleId);
            }
        }
    }

    /**
     * What a service drops when a couple is erased, after its tombstone is written: its documents of the
     * couple by {@code _id}, through the couple's index documents (never a scan), its rows. Run again on
     * every redelivery, and for any late event of the couple: it must be idempotent.
     */
    @FunctionalInterface
    public interface CoupleErasure {
        void erase(String coupleId);
    }
}
