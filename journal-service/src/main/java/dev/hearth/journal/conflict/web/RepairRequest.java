package dev.hearth.journal.conflict.web;

import dev.hearth.journal.words.JournalRules;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST …/conflicts/{conflictId}/repairs}: an optional note. */
record RepairRequest(
        @Size(max = JournalRules.MAX_NOTE, message = "must be at most " + JournalRules.MAX_NOTE + " characters")
        @Nullable String note) {

    static @Nullable String noteOf(@Nullable RepairRequest body) {
        return body == null ? null : body.note();
    }

    @Override
    public String toString() {
        return "RepairRequest[]";
    }
}
