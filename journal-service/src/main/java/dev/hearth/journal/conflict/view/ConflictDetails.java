package dev.hearth.journal.conflict.view;

import static dev.hearth.journal.view.SealedDocuments.instant;
import static dev.hearth.journal.view.SealedDocuments.sealed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.journal.conflict.Conflict;
import dev.hearth.journal.conflict.ConflictState;
import dev.hearth.journal.conflict.ConflictStatus;
import dev.hearth.journal.conflict.Resolution;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A conflict as its partners see it, opened. {@code repairs} are all of them for a single conflict and
 * the latest {@value ConflictListView#REPAIRS_LISTED} in a list; {@code repairCount} is always all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConflictDetails(String conflictId, String topic, ConflictStatus status, String openedBy, Instant openedAt,
                              List<Repair> repairs, int repairCount, @Nullable Resolution resolution,
                              @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    public ConflictDetails {
        repairs = List.copyOf(repairs);
    }

    /** One repair attempt; the note only if one was given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Repair(int attempt, String by, @Nullable String note, Instant at) {
    }

    /** From the conflict's own events. */
    public static ConflictDetails of(ConflictState conflict, Vault vault) {
        String coupleId = conflict.coupleId();
        String conflictId = conflict.conflictId();
        List<Repair> repairs = conflict.repairs().stream()
                .map(repair -> new Repair(repair.attempt(), repair.by(), note(vault, coupleId, conflictId, repair.attempt(),
                        repair.note()), repair.at()))
                .toList();
        return new ConflictDetails(conflictId, vault.open(Conflict.topicOf(coupleId, conflictId), conflict.topic()),
                conflict.status(), conflict.openedBy(), conflict.openedAt(), repairs, repairs.size(), conflict.resolution(),
                conflict.resolvedBy(), conflict.resolvedAt());
    }

    /** From an item of the journal view. */
    static ConflictDetails of(Document item, String coupleId, Vault vault) {
        String conflictId = item.getString("conflictId");
        List<Repair> repairs = item.getList("repairs", Document.class, List.of()).stream()
                .map(repair -> new Repair(repair.getInteger("attempt"), repair.getString("by"),
                        note(vault, coupleId, conflictId, repair.getInteger("attempt"), sealed(repair.get("note", Document.class))),
                        Objects.requireNonNull(instant(repair.getString("at")))))
                .toList();
        String resolution = item.getString("resolution");
        return new ConflictDetails(conflictId,
                vault.open(Conflict.topicOf(coupleId, conflictId), Objects.requireNonNull(sealed(item.get("topic", Document.class)))),
                ConflictStatus.valueOf(item.getString("status")), item.getString("openedBy"),
                Objects.requireNonNull(instant(item.getString("openedAt"))), repairs, item.getInteger("repairCount", 0),
                resolution == null ? null : Resolution.valueOf(resolution), item.getString("resolvedBy"),
                instant(item.getString("resolvedAt")));
    }

    private static @Nullable String note(Vault vault, String coupleId, String conflictId, int attempt, @Nullable Sealed note) {
        return note == null ? null : vault.open(Conflict.noteOf(coupleId, conflictId, attempt), note);
    }
}
