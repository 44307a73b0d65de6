package dev.hearth.commitment.promise.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Formats of ids at the edge: entity ids are UUIDs, user ids are opaque token subjects. */
final class Ids {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:@|-]{1,128}");

    private Ids() {
    }

    static boolean isUuid(String value) {
        return UUID_FORMAT.matcher(value).matches();
    }

    /** Lower case, so the same id typed twice in two cases is one promise. */
    static String normalizedUuid(String value) {
        return UUID.fromString(value).toString();
    }

    static boolean isUserId(String value) {
        return USER_ID.matcher(value).matches();
    }
}
