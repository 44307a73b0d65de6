package dev.hearth.journal.checkin.view;

import static dev.hearth.journal.view.SealedDocuments.instant;
import static dev.hearth.journal.view.SealedDocuments.sealed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearth.journal.checkin.CheckIn;
import dev.hearth.journal.words.Mood;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import java.time.Instant;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** One of the caller's own check-ins, opened. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInDetails(String checkInId, int safety, @Nullable Mood mood, Instant checkedInAt) {

    static CheckInDetails of(Document item, String coupleId, Vault vault) {
        String checkInId = item.getString("checkInId");
        Sealed mood = sealed(item.get("mood", Document.class));
        return new CheckInDetails(checkInId,
                Integer.parseInt(vault.open(CheckIn.safetyOf(coupleId, checkInId), Objects.requireNonNull(sealed(item.get("safety", Document.class))))),
                mood == null ? null : Mood.valueOf(vault.open(CheckIn.moodOf(coupleId, checkInId), mood)),
                Objects.requireNonNull(instant(item.getString("checkedInAt"))));
    }
}
