package dev.hearth.platform.security;

/**
 * What a service knows about who belongs to which couple. Each service declares one bean over its
 * own source (journal-service its membership table, the others the view they learn from
 * {@code hearth.couples.v1}); {@link Memberships} and the membership interceptor use it.
 */
public interface MembershipFacts {

    /** Whether the user is a partner of the couple as far as this service knows now; {@code coupleId} is canonical. */
    boolean isMember(String coupleId, String userId);

    /**
     * Whether these facts may lag behind the couple itself (they arrive through Kafka), so that a
     * member not known yet is worth a bounded wait. The service that owns couples answers false.
     */
    default boolean mayLag() {
        return true;
    }

    /**
     * Whether the facts already know both partners of the couple, as read now (not from a cache
     * that may be behind): then nobody else can be a member, and a miss needs no wait. Asked only
     * after {@link #isMember} said no. The default, false, always waits (boundedly).
     */
    default boolean knowsBothPartners(String coupleId) {
        return false;
    }
}
