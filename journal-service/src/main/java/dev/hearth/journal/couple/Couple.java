package dev.hearth.journal.couple;

import static dev.hearth.platform.problem.ProblemType.ALREADY_IN_COUPLE;
import static dev.hearth.platform.problem.ProblemType.COUPLE_CLOSED;
import static dev.hearth.platform.problem.ProblemType.COUPLE_FULL;
import static dev.hearth.platform.problem.ProblemType.ID_CONFLICT;
import static dev.hearth.platform.problem.ProblemType.INVITE_EXPIRED;
import static dev.hearth.platform.problem.ProblemType.INVITE_NOT_FOUND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * Two partners, formed by invitation. A couple has at most two partners; an invite is single-use,
 * expires, and a newer invite replaces the older one (there is only one seat to fill). The
 * {@link CoupleRegistry} keeps "one couple per user" across aggregates. Command handlers decide from
 * the {@link CoupleState} its events fold into.
 */
@Aggregate(cache = "aggregateCache")
public class Couple {

    static final String DEFAULT_TIMEZONE = "UTC";

    @AggregateIdentifier
    private @Nullable String coupleId;
    private @Nullable CoupleState state;

    protected Couple() {
        // Axon creates the aggregate empty and replays its events.
    }

    /** Creating is idempotent: the same start retried is accepted without a second event. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartCouple command, CoupleRegistry registry) {
        String zone = validTimezone(command.timezone());
        if (state != null) {
            // An erased or closed couple's id is never a retry: it stays taken for ever.
            if (state.status() == CoupleStatus.ACTIVE && state.partners().get(0).equals(command.userId())
                    && zone.equals(state.timezone())) {
                return;
            }
            throw new Rejection(ID_CONFLICT, "Couple id " + command.coupleId() + " is already taken by another request");
        }
        registry.enrol(command.userId(), command.coupleId());
        apply(new CoupleStarted(command.coupleId(), command.userId(), zone));
    }

    /**
     * Answers when the invite expires. A keyed retry of the open invite emits nothing and answers the
     * first expiry; a keyed retry after that invite was used, replaced or expired is an id conflict.
     */
    @CommandHandler
    public Instant handle(InvitePartner command, CoupleRegistry registry) {
        CoupleState couple = open(command.invitedBy());
        if (command.keyed() && couple.issuedInvites().contains(command.codeHash())) {
            CoupleState.OpenInvite open = couple.openInvite();
            if (open != null && open.codeHash().equals(command.codeHash())
                    && GenericEventMessage.clock.instant().isBefore(open.expiresAt())) {
                return open.expiresAt();
            }
            throw new Rejection(ID_CONFLICT, "The invite of this Idempotency-Key was already used, replaced or expired;"
                    + " send a new key for a new invite");
        }
        if (couple.isFull()) {
            throw new Rejection(COUPLE_FULL, "This couple already has two partners");
        }
        registry.recordInvite(command.codeHash(), command.coupleId(), command.expiresAt());
        apply(new PartnerInvited(command.coupleId(), command.invitedBy(), command.codeHash(), command.expiresAt()));
        return command.expiresAt();
    }

    /** Accepting is idempotent for the user who used the code, so a retried accept is harmless. */
    @CommandHandler
    public void handle(AcceptInvite command, CoupleRegistry registry) {
        CoupleState couple = started();
        String hash = command.codeHash();
        if (!couple.issuedInvites().contains(hash) || couple.status() == CoupleStatus.ERASED) {
            throw inviteNotFound();
        }
        if (couple.status() == CoupleStatus.CLOSED) {
            throw closed();
        }
        if (couple.hasPartner(command.userId())) {
            if (command.userId().equals(couple.inviteUsedBy().get(hash))) {
                return;
            }
            throw new Rejection(ALREADY_IN_COUPLE, "You are already a partner in this couple");
        }
        if (couple.inviteUsedBy().containsKey(hash)) {
            throw new Rejection(INVITE_EXPIRED, "This invite has already been used");
        }
        CoupleState.OpenInvite open = couple.openInvite();
        if (open == null || !open.codeHash().equals(hash)) {
            throw new Rejection(INVITE_EXPIRED, "This invite was replaced by a newer one");
        }
        if (!command.now().isBefore(open.expiresAt())) {
            throw new Rejection(INVITE_EXPIRED, "This invite expired at " + open.expiresAt());
        }
        if (couple.isFull()) {
            throw new Rejection(COUPLE_FULL, "This couple already has two partners");
        }
        registry.enrol(command.userId(), command.coupleId());
        apply(new PartnerJoined(command.coupleId(), command.userId(), hash));
    }

    /**
     * The partner leaves: their access ends, their own key is shredded by the registry (their
     * private words with it), and the couple is closed. The last partner to leave erases it, since
     * nobody else could reach it any more. A repeated leave finds them gone: {@code couple-not-found}.
     */
    @CommandHandler
    public CoupleStatus handle(LeaveCouple command, CoupleRegistry registry) {
        CoupleState couple = reachable(command.userId());
        registry.leave(command.coupleId(), command.userId());
        apply(new PartnerLeft(command.coupleId(), command.userId()));
        if (couple.partners().size() > 1) {
            return CoupleStatus.CLOSED;
        }
        erase(command.coupleId(), command.userId(), registry);
        return CoupleStatus.ERASED;
    }

    /**
     * Any current partner erases the couple, alone: the registry shreds every key of it in this
     * transaction, with its member, partner and invite rows. Answers when; a repeated erase is
     * {@code couple-not-found}.
     */
    @CommandHandler
    public Instant handle(EraseCouple command, CoupleRegistry registry) {
        reachable(command.userId());
        erase(command.coupleId(), command.userId(), registry);
        return GenericEventMessage.clock.instant();
    }

    private static void erase(String coupleId, String by, CoupleRegistry registry) {
        registry.erase(coupleId);
        apply(new CoupleErased(coupleId, by));
    }

    @EventSourcingHandler
    void on(CoupleEvent event) {
        state = CoupleState.after(state, event);
        coupleId = state.coupleId();
    }

    // Axon only loads a couple for these commands once it has events, so there is a state.
    private CoupleState started() {
        return Objects.requireNonNull(state, "a loaded couple has been started");
    }

    /** The couple as its current partner reaches it; anyone else, or anyone after erasure, is told it does not exist. */
    private CoupleState reachable(String userId) {
        CoupleState couple = started();
        if (!couple.isReachableBy(userId)) {
            throw Rejection.coupleNotFound(couple.coupleId());
        }
        return couple;
    }

    /** As {@link #reachable}, and open to writes. */
    private CoupleState open(String userId) {
        CoupleState couple = reachable(userId);
        if (couple.status() == CoupleStatus.CLOSED) {
            throw closed();
        }
        return couple;
    }

    public static Rejection closed() {
        return new Rejection(COUPLE_CLOSED, "This couple's partner has left; it is read-only");
    }

    public static Rejection inviteNotFound() {
        return new Rejection(INVITE_NOT_FOUND, "No invite with this code");
    }

    /** An IANA region id such as {@code Europe/Paris}; offsets like {@code +02:00} are not zones people live in. */
    static String validTimezone(@Nullable String requested) {
        if (requested == null) {
            return DEFAULT_TIMEZONE;
        }
        if (!ZoneId.getAvailableZoneIds().contains(requested)) {
            throw Rejection.invalid("timezone", "timezone must be an IANA time-zone id such as Europe/Paris, not '" + abbreviate(requested) + "'");
        }
        return requested;
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
