package dev.hearth.platform.problem;

import org.jspecify.annotations.Nullable;

/**
 * A command or request that the domain refuses, as a first-class outcome: the catalogue entry,
 * a detail a person can read, and (for validation) the offending field. Thrown by aggregates and
 * services; turned into problem+json at the web edge. Carries no stack trace: it is not a bug.
 */
public class Rejection extends RuntimeException {

    private final ProblemType type;
    private final @Nullable String field;

    public Rejection(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public Rejection(ProblemType type, String detail, @Nullable String field) {
        super(detail, null, false, false);
        this.type = type;
        this.field = field;
    }

    public static Rejection invalid(String field, String detail) {
        return new Rejection(ProblemType.INVALID_REQUEST, detail, field);
    }

    /**
     * The one answer for an unknown couple and for a couple the caller is not a partner of, in every
     * service: membership must not leak.
     */
    public static Rejection coupleNotFound(String coupleId) {
        return new Rejection(ProblemType.COUPLE_NOT_FOUND,
                "Couple " + coupleId + " does not exist or you are not one of its partners");
    }

    public ProblemType type() { return type; }

    public String detail() { return getMessage(); }

    public @Nullable String field() { return field; }
}
