package dev.hearth.journal.couple.web;

import java.util.Locale;
import java.util.Optional;

/** Couple ids are UUIDs in canonical lower-case form, so {@code ABC…} and {@code abc…} are one couple. */
final class CoupleIds {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private CoupleIds() {
    }

    static String canonical(String uuid) {
        return uuid.toLowerCase(Locale.ROOT);
    }

    /** Empty for text that cannot be a couple id: such a couple simply does not exist. */
    static Optional<String> parse(String raw) {
        return raw.matches(UUID_PATTERN) ? Optional.of(canonical(raw)) : Optional.empty();
    }
}
