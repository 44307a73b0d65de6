package dev.hearth.journal.entry;

import dev.hearth.journal.words.Mood;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The author (the caller) writes an entry. Its text is plaintext only until the aggregate seals it. */
public record WriteEntry(@TargetAggregateIdentifier String entryId, String coupleId, String authorId, EntryKind kind,
                         Visibility visibility, String text, @Nullable Mood mood, @Nullable String appreciatedPartnerId)
        implements EntryCommand {

    /** What a retried write must repeat exactly, as one string for the fingerprint. */
    String content() {
        return kind + "|" + visibility + "|" + (mood == null ? "" : mood) + "|"
                + (appreciatedPartnerId == null ? "" : appreciatedPartnerId) + "|" + text;
    }

    // Commands can end up in logs and exception messages: never with what was written.
    @Override
    public String toString() {
        return "WriteEntry[entryId=" + entryId + ", coupleId=" + coupleId + ", authorId=" + authorId + ", kind=" + kind
                + ", visibility=" + visibility + "]";
    }
}
