package dev.hearth.platform.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Who is, and was, in a couple, as a consumer of {@code hearth.couples.v1} keeps it in the couple's
 * membership document: the current partners (at most two), those who left ({@code departed}, whose past
 * facts still count), whether the couple is closed (a partner left: it never takes a new one), and once
 * it is erased nothing but the tombstone {@code {_id, erased: true, erasedAt}} — no user ids. Every step
 * is sticky: nobody rejoins a closed couple and nothing revives an erased one, whatever arrives late.
 */
public record Roster(List<String> partners, List<String> departed, boolean closed, @Nullable Instant erasedAt) {

    public static final Roster NONE = new Roster(List.of(), List.of(), false, null);

    public static final String ERASED = "erased";
    public static final String ERASED_AT = "erasedAt";

    public Roster {
        partners = List.copyOf(partners);
        departed = List.copyOf(departed);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** No one else can become a partner: two are in, or the couple closed (or was erased). */
    public boolean takesNoNewcomer() {
        return closed || partners.size() >= 2;
    }

    /** Everyone who was ever a partner and is not erased: the current partners, then those who left. */
    public List<String> everyone() {
        List<String> all = new ArrayList<>(partners);
        departed.stream().filter(user -> !all.contains(user)).forEach(all::add);
        return all;
    }

    public Roster joined(String userId) {
        if (closed || isErased() || partners.contains(userId) || departed.contains(userId)) {
            return this;
        }
        List<String> more = new ArrayList<>(partners);
        more.add(userId);
        return new Roster(more, departed, false, null);
    }

    public Roster left(String userId) {
        if (isErased()) {
            return this;
        }
        List<String> gone = new ArrayList<>(departed);
        if (!gone.contains(userId)) {
            gone.add(userId);
        }
        return new Roster(partners.stream().filter(user -> !user.equals(userId)).toList(), gone, true, null);
    }

    public Roster erased(Instant at) {
        return isErased() ? this : new Roster(List.of(), List.of(), true, at);
    }

    /**
     * The roster's fields added to a membership document whose partners are under {@code partnersField};
     * an erased roster is the tombstone alone, whatever else the document held.
     */
    public Document write(Document document, String partnersField) {
        if (erasedAt != null) {
            return tombstone(erasedAt);
        }
        return document.append(partnersField, partners).append("departed", departed).append("closed", closed);
    }

    public static Roster read(Document stored, String partnersField) {
        if (isTombstone(stored)) {
            Date at = stored.getDate(ERASED_AT);
            return NONE.erased(at == null ? Instant.EPOCH : at.toInstant());
        }
        return new Roster(stored.getList(partnersField, String.class, List.of()),
                stored.getList("departed", String.class, List.of()), stored.getBoolean("closed", false), null);
    }

    /** What replaces a couple's membership document for ever once it is erased. */
    public static Document tombstone(Instant erasedAt) {
        return new Document(ERASED, true).append(ERASED_AT, Date.from(erasedAt));
    }

    public static boolean isTombstone(@Nullable Document stored) {
        return stored != null && stored.getBoolean(ERASED, false);
    }
}
