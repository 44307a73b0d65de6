package dev.hearth.journal.export.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.journal.checkin.view.CheckInDetails;
import dev.hearth.journal.checkin.view.CheckInList;
import dev.hearth.journal.checkin.view.CheckInPage;
import dev.hearth.journal.conflict.view.ConflictDetails;
import dev.hearth.journal.conflict.view.ConflictList;
import dev.hearth.journal.conflict.view.ConflictPage;
import dev.hearth.journal.conflict.view.Conflicts;
import dev.hearth.journal.entry.Response;
import dev.hearth.journal.entry.view.EntryDetails;
import dev.hearth.journal.entry.view.EntryList;
import dev.hearth.journal.entry.view.EntryPage;
import dev.hearth.journal.view.ListPages;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code hearth-export.v1} for one partner, a page of each list at a time, so memory stays
 * flat however much was written: the caller's entries (each with the acknowledgement it received),
 * the acknowledgements the caller gave (which entry, never its text), the conflicts the caller
 * opened or repaired (the topic only if they opened it, only their own notes) and their check-ins.
 */
@Component
public record JournalExport(EntryList entries, ConflictList conflictList, Conflicts conflicts, CheckInList checkIns,
                            JsonMapper json, Clock clock) {

    public static final String FORMAT = "hearth-export.v1";

    /** What {@link #write} streams, field by field in this order: the API document's description of it. */
    public record ExportedJournal(String format, Instant exportedAt, String coupleId, String userId, List<EntryDetails> entries,
                        List<AcknowledgementGiven> acknowledgementsGiven, List<ConflictTaken> conflicts,
                        List<CheckInDetails> checkIns) {
    }

    /** An acknowledgement the caller gave to one of the partner's shared entries. */
    public record AcknowledgementGiven(String entryId, Response response, Instant at) {
    }

    /** A conflict the caller took part in: their topic if they opened it, their own repair notes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictTaken(String conflictId, String status, boolean openedByYou, @Nullable String topic,
                                Instant openedAt, List<ConflictDetails.Repair> repairs, @Nullable String resolution,
                                @Nullable Instant resolvedAt) {
    }

    public void write(String coupleId, String userId, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("format", FORMAT);
            generator.writePOJOProperty("exportedAt", clock.instant());
            generator.writeStringProperty("coupleId", coupleId);
            generator.writeStringProperty("userId", userId);
            generator.writeArrayPropertyStart("entries");
            eachEntry(coupleId, userId, entry -> {
                if (entry.authorId().equals(userId)) {
                    generator.writePOJO(entry);
                }
            });
            generator.writeEndArray();
            generator.writeArrayPropertyStart("acknowledgementsGiven");
            eachEntry(coupleId, userId, entry -> {
                EntryDetails.Acknowledgement given = entry.acknowledgement();
                if (given != null && given.by().equals(userId)) {
                    generator.writePOJO(new AcknowledgementGiven(entry.entryId(), given.response(), given.at()));
                }
            });
            generator.writeEndArray();
            generator.writeArrayPropertyStart("conflicts");
            eachConflict(coupleId, userId, generator::writePOJO);
            generator.writeEndArray();
            generator.writeArrayPropertyStart("checkIns");
            String cursor = null;
            do {
                CheckInPage page = checkIns.page(coupleId, userId, ListPages.MAX_LIMIT, cursor);
                page.items().forEach(generator::writePOJO);
                cursor = page.next();
            } while (cursor != null);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private void eachEntry(String coupleId, String userId, Consumer<EntryDetails> action) {
        String cursor = null;
        do {
            EntryPage page = entries.page(coupleId, userId, ListPages.MAX_LIMIT, cursor);
            page.items().forEach(action);
            cursor = page.next();
        } while (cursor != null);
    }

    private void eachConflict(String coupleId, String userId, Consumer<ConflictTaken> action) {
        String cursor = null;
        do {
            ConflictPage page = conflictList.page(coupleId, ListPages.MAX_LIMIT, cursor);
            for (ConflictDetails listed : page.items()) {
                // A list shows the latest repairs only: the conflict's own events have them all.
                ConflictDetails conflict = listed.repairCount() > listed.repairs().size()
                        ? conflicts.find(coupleId, listed.conflictId()).orElse(listed) : listed;
                List<ConflictDetails.Repair> own = conflict.repairs().stream()
                        .filter(repair -> repair.by().equals(userId)).toList();
                boolean opened = conflict.openedBy().equals(userId);
                if (opened || !own.isEmpty()) {
                    action.accept(new ConflictTaken(conflict.conflictId(), conflict.status().name(), opened,
                            opened ? conflict.topic() : null, conflict.openedAt(), own,
                            conflict.resolution() == null ? null : Objects.requireNonNull(conflict.resolution()).name(),
                            conflict.resolvedAt()));
                }
            }
            cursor = page.next();
        } while (cursor != null);
    }
}
