package dev.hearth.platform.problem;

/**
 * The error catalogue of the HTTP API (docs/errors.md). Each entry is a stable {@code type} URI
 * suffix that clients match on, the HTTP status and a short human title.
 *
 * <p>Plain Java on purpose: domain code (aggregates, policies) rejects commands with these codes
 * without depending on Spring; the web edge maps them to problem+json.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    NOT_ALLOWED(403, "not-allowed", "Not allowed"),
    COUPLE_NOT_FOUND(404, "couple-not-found", "Couple not found"),
    PROMISE_NOT_FOUND(404, "promise-not-found", "Promise not found"),
    ENTRY_NOT_FOUND(404, "entry-not-found", "Entry not found"),
    CONFLICT_NOT_FOUND(404, "conflict-not-found", "Conflict not found"),
    INVITE_NOT_FOUND(404, "invite-not-found", "Invite not found"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PROMISE_CLOSED(409, "promise-closed", "Promise is closed"),
    COUPLE_CLOSED(409, "couple-closed", "This couple's partner has left; it is read-only"),
    CONCURRENT_CHANGE(409, "concurrent-change", "Concurrent change"),
    ALREADY_IN_COUPLE(409, "already-in-couple", "Already in a couple"),
    COUPLE_FULL(409, "couple-full", "Couple is full"),
    INVITE_EXPIRED(410, "invite-expired", "Invite expired or used"),
    ID_CONFLICT(409, "id-conflict", "Id already used for something else"),
    ALREADY_ACKNOWLEDGED(409, "already-acknowledged", "Entry already acknowledged"),
    CONFLICT_RESOLVED(409, "conflict-resolved", "Conflict is resolved"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway timeout");

    /** Base of every problem {@code type} URI; documented in docs/errors.md. */
    public static final String TYPE_BASE = "https://hearth.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() { return status; }

    public String slug() { return slug; }

    public String title() { return title; }

    public String typeUri() { return TYPE_BASE + slug; }
}
