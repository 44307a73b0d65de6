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
     * Whether the facts already know both partners of the couple, or know it takes nobody new (a
     * partner left, or it was erased): then nobody else can be a member, and a miss needs no wait. Asked only right after {@link #isMember} said no, so an
     * implementation may answer from what that read (its cache, refreshed by the miss), never from
     * older knowledge. The default, false, always waits (boundedly).
     */
    default boolean knowsBothPartners(String coupleId) {
        return false;
    }
}
