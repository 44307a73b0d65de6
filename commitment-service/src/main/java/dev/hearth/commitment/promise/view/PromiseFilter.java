package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.PromiseStatus;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Which of a couple's promises a page lists. Applied to the items of the parts a page reads by
 * {@code _id}, never by a query on a field: the list's cost stays bounded however many promises match.
 *
 * @param dueAfter  inclusive; with {@code dueBefore}, a promise without a due time never matches
 * @param dueBefore exclusive
 */
public record PromiseFilter(@Nullable PromiseStatus status, @Nullable String promiserId,
                            @Nullable Instant dueAfter, @Nullable Instant dueBefore) {

    public static final PromiseFilter ALL = new PromiseFilter(null, null, null, null);

    boolean matches(Document item) {
        if (status != null && !status.name().equals(item.getString("status"))) {
            return false;
        }
        if (promiserId != null && !promiserId.equals(item.getString("promiserId"))) {
            return false;
        }
        if (dueAfter == null && dueBefore == null) {
            return true;
        }
        Date due = item.getDate("dueAt");
        if (due == null) {
            return false;
        }
        Instant dueAt = due.toInstant();
        return (dueAfter == null || !dueAt.isBefore(dueAfter)) && (dueBefore == null || dueAt.isBefore(dueBefore));
    }
}
