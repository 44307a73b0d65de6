package dev.hearth.journal.entry.web;

import dev.hearth.journal.entry.EntryKind;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.journal.words.JournalRules;
import dev.hearth.journal.words.Mood;
import dev.hearth.platform.id.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/couples/{coupleId}/entries}. Every invalid field is named in the 400,
 * with its limit, never with what was written.
 */
record WriteEntryRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") @Nullable String entryId,
        @NotNull(message = "is required: one of REFLECTION, APPRECIATION, VULNERABILITY, GRATITUDE") @Nullable EntryKind kind,
        @NotNull(message = "is required: PRIVATE or SHARED") @Nullable Visibility visibility,
        @NotBlank(message = "is required and must not be blank")
        @Size(max = JournalRules.MAX_TEXT, message = "must be at most " + JournalRules.MAX_TEXT + " characters")
        @Nullable String text,
        @Nullable Mood mood,
        @Pattern(regexp = Ids.USER_ID_PATTERN, message = "must be your partner's user id") @Nullable String appreciatedPartnerId) {

    @Override
    public String toString() {
        return "WriteEntryRequest[entryId=" + entryId + ", kind=" + kind + ", visibility=" + visibility + "]";
    }
}
