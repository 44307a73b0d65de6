package dev.hearth.platform.security.reactive;

/**
 * The entries of the error catalogue (docs/errors.md) that a reactive edge answers with itself.
 *
 * <p>Why not {@code dev.hearth.platform.problem.ProblemType}: it lives in platform-problems, which is
 * servlet/WebMVC, and the gateway must not pull that in. The statuses, slugs and titles here are the
 * catalogue's own; a test holds them equal to {@code ProblemType}'s, so the two cannot drift.
 */
public enum EdgeProblem {
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    NOT_ALLOWED(403, "not-allowed", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway timeout");

    /** Base of every problem {@code type} URI, as in the catalogue. */
    public static final String TYPE_BASE = "https://hearth.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    EdgeProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() { return status; }

    public String slug() { return slug; }

    public String title() { return title; }

    public String typeUri() { return TYPE_BASE + slug; }
}
