package dev.hearth.platform.test.authorization;

import org.jspecify.annotations.Nullable;

/**
 * What one actor gets from one row: a status, and for an error the problem type's suffix (a success
 * has none).
 */
public record Expectation(int status, @Nullable String type) {

    public static Expectation ok(int status) {
        return new Expectation(status, null);
    }

    public static Expectation problem(int status, String type) {
        return new Expectation(status, type);
    }

    @Override
    public String toString() {
        return type == null ? Integer.toString(status) : status + " " + type;
    }
}
