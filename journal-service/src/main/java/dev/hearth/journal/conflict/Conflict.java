package dev.hearth.journal.conflict;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.journal.words.JournalRules;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A conflict between the partners: opened by one on a topic, repaired by either, resolved by either.
 * Once resolved it takes neither repairs nor another resolution. The topic and the notes are sealed
 * with the couple's key before an event holds them.
 */
@Aggregate(cache = "aggregateCache")
public class Conflict extends CreatedOnce<ConflictState> {

    static final String TOPIC = "topic";

    /** Opens the conflict, or recognises a retry (same id, partner, couple and topic); else {@code id-conflict}. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenConflict command, Vault vault) {
        String topic = JournalRules.topic(command.topic());
        Aad aad = new Aad(command.coupleId(), command.conflictId(), TOPIC);
        if (isRetry("conflict", command.coupleId(), command.openedBy(), aad, topic, vault)) {
            return;
        }
        apply(new ConflictOpened(command.conflictId(), command.coupleId(), command.openedBy(), vault.seal(aad, topic),
                fingerprint(vault, aad, topic)));
    }

    /** Either partner attempts a repair while the conflict is open. */
    @CommandHandler
    void handle(AttemptRepair command, Vault vault) {
        ConflictState conflict = open(command.coupleId());
        String note = JournalRules.note(command.note());
        int attempt = conflict.repairs().size() + 1;
        apply(new RepairAttempted(conflict.conflictId(), conflict.coupleId(), command.attemptedBy(), attempt,
                note == null ? null : vault.seal(noteOf(conflict.coupleId(), conflict.conflictId(), attempt), note)));
    }

    /** Either partner resolves it, once. */
    @CommandHandler
    void handle(ResolveConflict command) {
        ConflictState conflict = open(command.coupleId());
        apply(new ConflictResolved(conflict.conflictId(), conflict.coupleId(), command.resolvedBy(), command.resolution(),
                conflict.openedAt()));
    }

    @EventSourcingHandler
    void on(ConflictEvent event, @Timestamp Instant at) {
        become(ConflictState.after(state(), event, at));
    }

    /** What the note of repair {@code attempt} is sealed for. */
    public static Aad noteOf(String coupleId, String conflictId, int attempt) {
        return new Aad(coupleId, conflictId, "repair." + attempt + ".note");
    }

    /** What the topic is sealed for. */
    public static Aad topicOf(String coupleId, String conflictId) {
        return new Aad(coupleId, conflictId, TOPIC);
    }

    public static Rejection notFound(String conflictId) {
        return new Rejection(ProblemType.CONFLICT_NOT_FOUND, "No conflict " + conflictId + " in this couple");
    }

    private ConflictState open(String coupleId) {
        ConflictState conflict = Objects.requireNonNull(state(), "a loaded conflict has been opened");
        if (!conflict.coupleId().equals(coupleId)) {
            throw notFound(conflict.conflictId());
        }
        if (conflict.status() == ConflictStatus.RESOLVED) {
            throw new Rejection(ProblemType.CONFLICT_RESOLVED, "This conflict is already resolved");
        }
        return conflict;
    }
}
