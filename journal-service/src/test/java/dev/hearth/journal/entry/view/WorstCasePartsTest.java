package dev.hearth.journal.entry.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.journal.entry.EntryKind;
import dev.hearth.journal.entry.EntryWritten;
import dev.hearth.journal.entry.JournalEntry;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.journal.view.SealedDocuments;
import dev.hearth.journal.words.JournalRules;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

/**
 * The largest part the journal view can hold, against MongoDB's 16 MB document limit: 100 entries of
 * the longest text in the widest characters (4,000 three-byte characters), sealed, with the longest
 * ids and an acknowledgement; and 100 conflicts with the longest topic and ten maximal repair notes.
 */
class WorstCasePartsTest {

    private static final int MONGO_LIMIT = 16 * 1024 * 1024;
    private static final String LONGEST_USER = "u".repeat(128);
    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final String couple = UUID.randomUUID().toString();

    @Test
    void a_part_of_100_maximal_entries_stays_far_below_16_mb() {
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < Timeline.PART_SIZE; i++) {
            String entry = UUID.randomUUID().toString();
            EntryWritten written = new EntryWritten(entry, couple, LONGEST_USER, EntryKind.APPRECIATION, Visibility.SHARED,
                    seal(JournalEntry.textOf(couple, entry), "€".repeat(JournalRules.MAX_TEXT)),
                    seal(JournalEntry.moodOf(couple, entry), "GRATEFUL"), LONGEST_USER, JournalRules.MAX_TEXT, "1:" + "f".repeat(43));
            items.add(EntryListView.item(written, Instant.now())
                    .append("acknowledgement", new Document("by", LONGEST_USER).append("response", "EMPATHY")
                            .append("at", Instant.now().toString()))
                    .append(Timeline.ORDINAL, Long.MAX_VALUE).append(Timeline.SEQUENCE, Long.MAX_VALUE));
        }

        int bytes = size(new Document("_id", couple + "/" + LONGEST_USER + "/private/2026-12/999999999")
                .append("prev", couple + "/2026-11/999999999").append("items", items));

        System.out.printf(Locale.ROOT, "[journal-view] worst-case entries part: %,d bytes (%.1f%% of 16 MB)%n", bytes,
                100.0 * bytes / MONGO_LIMIT);
        assertThat(bytes).isLessThan(MONGO_LIMIT / 4);
    }

    @Test
    void a_part_of_100_maximal_conflicts_stays_far_below_16_mb() {
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < Timeline.PART_SIZE; i++) {
            String conflict = UUID.randomUUID().toString();
            List<Document> repairs = new ArrayList<>();
            for (int attempt = 1; attempt <= 10; attempt++) {
                repairs.add(new Document("attempt", attempt).append("by", LONGEST_USER).append("at", Instant.now().toString())
                        .append("note", SealedDocuments.of(seal(new Aad(couple, conflict, "repair." + attempt + ".note"),
                                "€".repeat(JournalRules.MAX_NOTE)))));
            }
            items.add(new Document("conflictId", conflict)
                    .append("topic", SealedDocuments.of(seal(new Aad(couple, conflict, "topic"), "€".repeat(JournalRules.MAX_TOPIC))))
                    .append("status", "RESOLVED").append("openedBy", LONGEST_USER).append("openedAt", Instant.now().toString())
                    .append("repairs", repairs).append("repairCount", Integer.MAX_VALUE).append("resolution", "AGREE_TO_DISAGREE")
                    .append("resolvedBy", LONGEST_USER).append("resolvedAt", Instant.now().toString())
                    .append(Timeline.ORDINAL, Long.MAX_VALUE).append(Timeline.SEQUENCE, Long.MAX_VALUE));
        }

        int bytes = size(new Document("_id", couple + "/2026-12/999999999").append("prev", couple + "/2026-11/999999999")
                .append("items", items));

        System.out.printf(Locale.ROOT, "[journal-view] worst-case conflicts part: %,d bytes (%.1f%% of 16 MB)%n", bytes,
                100.0 * bytes / MONGO_LIMIT);
        assertThat(bytes).isLessThan(MONGO_LIMIT / 2);
    }

    private Sealed seal(Aad aad, String text) {
        return vault.seal(aad, text);
    }

    private static int size(Document document) {
        return RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining();
    }
}
