package dev.hearth.journal.conflict.web;

import dev.hearth.journal.words.JournalRules;
import dev.hearth.platform.id.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /api/couples/{coupleId}/conflicts}. */
record OpenConflictRequest(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") @Nullable String conflictId,
        @NotBlank(message = "is required and must not be blank")
        @Size(max = JournalRules.MAX_TOPIC, message = "must be at most " + JournalRules.MAX_TOPIC + " characters")
        @Nullable String topic) {

    @Override
    public String toString() {
        return "OpenConflictRequest[conflictId=" + conflictId + "]";
    }
}
