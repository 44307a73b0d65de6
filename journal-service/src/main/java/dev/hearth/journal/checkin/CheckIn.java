package dev.hearth.journal.checkin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/** One safety check-in of one partner. Its score and mood are sealed before the event holds them. */
@Aggregate(cache = "aggregateCache")
public class CheckIn {

    public static final int MIN_SAFETY = 1;
    public static final int MAX_SAFETY = 5;
    static final String SAFETY = "safety";
    static final String MOOD = "mood";
    static final String CONTENT = "content";

    @AggregateIdentifier
    private @Nullable String checkInId;
    private @Nullable CheckInState state;

    protected CheckIn() {
        // Axon rebuilds the check-in from its event.
    }

    /** Records the check-in, or recognises a retry (same id, partner, couple, score and mood); else {@code id-conflict}. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCheckIn command, Vault vault) {
        if (command.safety() < MIN_SAFETY || command.safety() > MAX_SAFETY) {
            throw Rejection.invalid("safety", "safety must be an integer from " + MIN_SAFETY + " to " + MAX_SAFETY);
        }
        Aad aad = safetyOf(command.coupleId(), command.checkInId());
        if (state != null) {
            if (!state.coupleId().equals(command.coupleId()) || !state.partnerId().equals(command.partnerId())
                    || !vault.matches(aad.field(CONTENT), state.fingerprint(), command.content())) {
                throw new Rejection(ProblemType.ID_CONFLICT, "check-in " + command.checkInId() + " already exists with other content");
            }
            return;
        }
        apply(new SafetyCheckedIn(command.checkInId(), command.coupleId(), command.partnerId(),
                vault.seal(aad, Integer.toString(command.safety())),
                command.mood() == null ? null : vault.seal(aad.field(MOOD), command.mood().name()),
                vault.fingerprint(aad.field(CONTENT), command.content())));
    }

    @EventSourcingHandler
    void on(SafetyCheckedIn event, @Timestamp Instant at) {
        state = CheckInState.of(event, at);
        checkInId = state.checkInId();
    }

    /** What a check-in's score is sealed for. */
    public static Aad safetyOf(String coupleId, String checkInId) {
        return new Aad(coupleId, checkInId, SAFETY);
    }

    /** What a check-in's mood is sealed for. */
    public static Aad moodOf(String coupleId, String checkInId) {
        return new Aad(coupleId, checkInId, MOOD);
    }

    public static Rejection notFound(String checkInId) {
        return new Rejection(ProblemType.NOT_FOUND, "No check-in " + checkInId);
    }
}
