package dev.hearth.journal.entry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.journal.words.JournalRules;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
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
 * One journal entry. Its author writes it, private or shared; the other partner may acknowledge a
 * shared one, once. What the author typed is sealed ({@link Vault}, a handler parameter) before an
 * event holds it: a shared entry with the couple's key, a private one with its author's own; the state keeps only sealed values and a fingerprint.
 * Membership (is the caller a partner, is the appreciated partner the other one) is checked at the
 * edge before a command is sent.
 */
@Aggregate(cache = "aggregateCache")
public class JournalEntry extends CreatedOnce<EntryState> {

    static final String TEXT = "text";
    static final String MOOD = "mood";

    /**
     * Writes the entry, or recognises a retry: the same id, author, couple and content is the same
     * entry (nothing new happens); anything else under that id is an {@code id-conflict}.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WriteEntry command, Vault vault) {
        String text = JournalRules.text(command.text());
        JournalRules.appreciation(command.kind(), command.authorId(), command.appreciatedPartnerId());
        Aad aad = new Aad(command.coupleId(), command.entryId(), TEXT);
        if (isRetry("entry", command.coupleId(), command.authorId(), aad, command.content(), vault)) {
            return;
        }
        Sealed sealedText = seal(vault, command, aad, text);
        Sealed sealedMood = command.mood() == null ? null : seal(vault, command, aad.field(MOOD), command.mood().name());
        apply(new EntryWritten(command.entryId(), command.coupleId(), command.authorId(), command.kind(),
                command.visibility(), sealedText, sealedMood, command.appreciatedPartnerId(),
                JournalRules.wordCount(text), fingerprint(vault, aad, command.content())));
    }

    /**
     * Only the other partner answers, only a shared entry, only once: the same answer again changes
     * nothing, another one is refused.
     */
    @CommandHandler
    void handle(AcknowledgeEntry command) {
        EntryState entry = Objects.requireNonNull(state(), "a loaded entry has been written");
        if (!entry.coupleId().equals(command.coupleId())) {
            throw notFound(entry.entryId());
        }
        if (entry.authorId().equals(command.partnerId())) {
            throw new Rejection(ProblemType.NOT_ALLOWED, "Only your partner can acknowledge your entry");
        }
        if (!entry.isReadableBy(command.partnerId())) {
            throw notFound(entry.entryId());
        }
        EntryState.Acknowledgement given = entry.acknowledgement();
        if (given != null) {
            if (given.response() == command.response() && given.by().equals(command.partnerId())) {
                return;
            }
            throw new Rejection(ProblemType.ALREADY_ACKNOWLEDGED, "This entry was already acknowledged with "
                    + given.response());
        }
        apply(new EntryAcknowledged(entry.entryId(), entry.coupleId(), entry.authorId(), entry.kind(),
                command.partnerId(), command.response(), entry.writtenAt()));
    }

    @EventSourcingHandler
    void on(EntryEvent event, @Timestamp Instant at) {
        become(EntryState.after(state(), event, at));
    }

    // A private entry only its author reads goes with its author's key: leaving shreds it.
    private static Sealed seal(Vault vault, WriteEntry command, Aad aad, String plaintext) {
        return command.visibility() == Visibility.PRIVATE ? vault.sealForAuthor(aad, command.authorId(), plaintext)
                : vault.seal(aad, plaintext);
    }

    /** What an entry's text is sealed for. */
    public static Aad textOf(String coupleId, String entryId) {
        return new Aad(coupleId, entryId, TEXT);
    }

    /** What an entry's mood is sealed for. */
    public static Aad moodOf(String coupleId, String entryId) {
        return new Aad(coupleId, entryId, MOOD);
    }

    /** The answer for an entry the caller may not see: unknown, another couple's, or the partner's private one. */
    public static Rejection notFound(String entryId) {
        return new Rejection(ProblemType.ENTRY_NOT_FOUND, "No entry " + entryId + " in this couple");
    }
}
