package dev.hearth.journal.conflict.web;

import dev.hearth.journal.conflict.Resolution;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST …/conflicts/{conflictId}/resolve}. */
record ResolveRequest(@NotNull(message = "is required: one of AGREEMENT, COMPROMISE, AGREE_TO_DISAGREE") @Nullable Resolution resolution) {
}
