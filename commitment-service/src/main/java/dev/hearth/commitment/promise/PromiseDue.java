package dev.hearth.commitment.promise;

import java.time.Instant;

/** Payload of the {@code promise-due} deadline: the due time it guards, so a deadline of a due time since moved is ignored. */
public record PromiseDue(Instant dueAt) {

    public static final String DEADLINE = "promise-due";
}
