package dev.hearth.journal.view;

import dev.hearth.platform.axon.view.Timeline.Position;
import dev.hearth.platform.axon.view.Timeline.Stream;
import dev.hearth.platform.mongo.ViewCursor;
import dev.hearth.platform.problem.Rejection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Paging the journal's lists: {@code limit} 1–100 (default 20), and cursors that only ever name the caller's own lists. */
public final class ListPages {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** A cursor field of a list with nothing left. */
    private static final String DONE = "";

    private ListPages() {
    }

    public static int limit(@Nullable Integer limit) {
        int value = limit == null ? DEFAULT_LIMIT : limit;
        if (value < 1 || value > MAX_LIMIT) {
            throw Rejection.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }

    public static String encode(String scope, List<String> fields) {
        return ViewCursor.encode(scope, fields);
    }

    /** @throws Rejection {@code invalid-request} naming {@code cursor} for one not handed out for this list */
    public static List<String> decode(String cursor, String scope, int fields) {
        try {
            return ViewCursor.decode(cursor, scope, fields);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    /** A position as two cursor fields, or {@link #DONE} twice. */
    public static List<String> fields(@Nullable Position position) {
        return position == null ? List.of(DONE, DONE) : List.of(position.part(), Integer.toString(position.index()));
    }

    /**
     * The position two cursor fields name, which must be a part of {@code stream}: a cursor can only
     * lead into the caller's own lists. Null for a list that was done.
     */
    public static @Nullable Position position(String part, String index, Stream stream) {
        if (part.equals(DONE) && index.equals(DONE)) {
            return null;
        }
        if (!stream.owns(part)) {
            throw invalidCursor();
        }
        try {
            int at = Integer.parseInt(index);
            if (at < 0) {
                throw invalidCursor();
            }
            return new Position(part, at);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    public static Rejection invalidCursor() {
        return Rejection.invalid("cursor", "cursor is not one this list handed out");
    }
}
