package dev.hearth.journal.entry.view;

import static dev.hearth.journal.view.SealedDocuments.instant;
import static dev.hearth.journal.view.SealedDocuments.sealed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.journal.entry.EntryKind;
import dev.hearth.journal.entry.EntryState;
import dev.hearth.journal.entry.JournalEntry;
import dev.hearth.journal.entry.Response;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.journal.words.Mood;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import java.time.Instant;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** An entry as its readers see it, opened. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryDetails(String entryId, String authorId, EntryKind kind, Visibility visibility, String text,
                           @Nullable Mood mood, @Nullable String appreciatedPartnerId, Instant writtenAt,
                           @Nullable Acknowledgement acknowledgement) {

    /** The other partner's answer. */
    public record Acknowledgement(String by, Response response, Instant at) {
    }

    /** From the entry's own events. */
    public static EntryDetails of(EntryState entry, Vault vault) {
        EntryState.Acknowledgement ack = entry.acknowledgement();
        return new EntryDetails(entry.entryId(), entry.authorId(), entry.kind(), entry.visibility(),
                vault.open(JournalEntry.textOf(entry.coupleId(), entry.entryId()), entry.text()),
                mood(vault, entry.coupleId(), entry.entryId(), entry.mood()), entry.appreciatedPartnerId(),
                entry.writtenAt(), ack == null ? null : new Acknowledgement(ack.by(), ack.response(), ack.at()));
    }

    /** From an item of the journal view. */
    static EntryDetails of(Document item, String coupleId, Vault vault) {
        String entryId = item.getString("entryId");
        Document ack = item.get("acknowledgement", Document.class);
        return new EntryDetails(entryId, item.getString("authorId"), EntryKind.valueOf(item.getString("kind")),
                Visibility.valueOf(item.getString("visibility")),
                vault.open(JournalEntry.textOf(coupleId, entryId), Objects.requireNonNull(sealed(item.get("text", Document.class)))),
                mood(vault, coupleId, entryId, sealed(item.get("mood", Document.class))), item.getString("appreciatedPartnerId"),
                Objects.requireNonNull(instant(item.getString("writtenAt"))),
                ack == null ? null : new Acknowledgement(ack.getString("by"), Response.valueOf(ack.getString("response")),
                        Objects.requireNonNull(instant(ack.getString("at")))));
    }

    private static @Nullable Mood mood(Vault vault, String coupleId, String entryId, @Nullable Sealed mood) {
        return mood == null ? null : Mood.valueOf(vault.open(JournalEntry.moodOf(coupleId, entryId), mood));
    }
}
