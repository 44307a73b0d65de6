package dev.hearth.contracts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#parse} with a fast path for the one shape Hearth writes ({@code Instant#toString} in
 * UTC: {@code 2026-12-06T14:54:12.123456Z}): every consumer parses the time of every record, and the
 * general formatter was a tenth of decoding one. Anything else, leap seconds included, goes to
 * {@code Instant.parse}, so what is accepted and refused is exactly what it accepts and refuses.
 */
final class IsoInstants {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private IsoInstants() {
    }

    /** @throws java.time.format.DateTimeParseException as {@code Instant.parse} would */
    static Instant parse(String text) {
        Instant fast = parseCommonShape(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time, or null. */
    private static Instant parseCommonShape(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z' || length > 20 && text.charAt(19) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = length > 20 ? length - 21 : 0;
        int nanos = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos * POWERS_OF_TEN[9 - fractionDigits])
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
