package dev.hearth.journal.checkin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One safety check-in of one partner. Its score and mood are sealed before the event holds them. */
@Aggregate(cache = "aggregateCache")
public class CheckIn extends CreatedOnce<CheckInState> {

    public static final int MIN_SAFETY = 1;
    public static final int MAX_SAFETY = 5;
    static final String SAFETY = "safety";
    static final String MOOD = "mood";

    /** Records the check-in, or recognises a retry (same id, partner, couple, score and mood); else {@code id-conflict}. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCheckIn command, Vault vault) {
        if (command.safety() < MIN_SAFETY || command.safety() > MAX_SAFETY) {
            throw Rejection.invalid("safety", "safety must be an integer from " + MIN_SAFETY + " to " + MAX_SAFETY);
        }
        Aad aad = safetyOf(command.coupleId(), command.checkInId());
        if (isRetry("check-in", command.coupleId(), command.partnerId(), aad, command.content(), vault)) {
            return;
        }
        apply(new SafetyCheckedIn(command.checkInId(), command.coupleId(), command.partnerId(),
                vault.seal(aad, Integer.toString(command.safety())),
                command.mood() == null ? null : vault.seal(aad.field(MOOD), command.mood().name()),
                fingerprint(vault, aad, command.content())));
    }

    @EventSourcingHandler
    void on(SafetyCheckedIn event, @Timestamp Instant at) {
        become(CheckInState.of(event, at));
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
