package dev.hearth.journal.words;

import dev.hearth.journal.entry.EntryKind;
import dev.hearth.platform.problem.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of what partners write, in one place: the web edge checks them before a command is
 * sent (naming the field), and the aggregates again. Messages name the field and the limit only,
 * never what was written.
 */
public final class JournalRules {

    public static final int MAX_TEXT = 4_000;
    public static final int MAX_TOPIC = 200;
    public static final int MAX_NOTE = 1_000;

    private JournalRules() {
    }

    /** An entry's text: 1–{@value #MAX_TEXT} characters, not blank. */
    public static String text(@Nullable String text) {
        return required("text", text, MAX_TEXT);
    }

    /** A conflict's topic: 1–{@value #MAX_TOPIC} characters, not blank. */
    public static String topic(@Nullable String topic) {
        return required("topic", topic, MAX_TOPIC);
    }

    /** A repair's note: absent, or at most {@value #MAX_NOTE} characters; a blank note is no note. */
    public static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw Rejection.invalid("note", "note must be at most " + MAX_NOTE + " characters");
        }
        return note;
    }

    /** APPRECIATION names the partner appreciated (never the author); the other kinds name nobody. */
    public static void appreciation(EntryKind kind, String authorId, @Nullable String appreciatedPartnerId) {
        if (kind == EntryKind.APPRECIATION && appreciatedPartnerId == null) {
            throw Rejection.invalid("appreciatedPartnerId", "appreciatedPartnerId is required for an APPRECIATION: your partner's user id");
        }
        if (kind != EntryKind.APPRECIATION && appreciatedPartnerId != null) {
            throw Rejection.invalid("appreciatedPartnerId", "appreciatedPartnerId is only for an APPRECIATION");
        }
        if (authorId.equals(appreciatedPartnerId)) {
            throw Rejection.invalid("appreciatedPartnerId", "appreciatedPartnerId must be your partner, not yourself");
        }
    }

    /** Runs of non-whitespace characters: the length insights may know of a shared entry. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean space = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(codePoint);
        }
        return words;
    }

    private static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid(field, field + " is required and must not be blank");
        }
        if (value.length() > max) {
            throw Rejection.invalid(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
