package dev.hearth.contracts.journal;

/**
 * A partner answered the safety check-in ("I feel safe being fully myself with my partner").
 * Consumers show a partner's felt safety to that partner only, and never a couple-level mean: it
 * would reveal the other's score. The mood is not published.
 *
 * @param safety 1 to 5
 */
public record SafetyCheckedIn(String checkInId, String coupleId, String partnerId, int safety)
        implements PublicJournalEvent {
}
