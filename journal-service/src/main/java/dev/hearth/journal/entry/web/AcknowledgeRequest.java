package dev.hearth.journal.entry.web;

import dev.hearth.journal.entry.Response;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST …/entries/{entryId}/acknowledgements}. */
record AcknowledgeRequest(@NotNull(message = "is required: one of HEARD, EMPATHY, SUPPORT, QUESTION") @Nullable Response response) {
}
