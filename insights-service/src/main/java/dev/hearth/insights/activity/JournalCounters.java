package dev.hearth.insights.activity;

import dev.hearth.insights.practice.Histogram;

/**
 * One partner's journal facts on one local day. Answers count on the day of what they answer: a bid's
 * acknowledgement on the bid's day, a resolution on the conflict's opening day.
 *
 * @param bids                  shared entries written (bids for attention)
 * @param answeredInTime        of those, acknowledged within 24 h
 * @param responses             of those, the times to their (first and only) acknowledgement
 * @param shares                VULNERABILITY entries written
 * @param sharesMetWithCare     of those, answered with EMPATHY or SUPPORT
 * @param appreciations         APPRECIATION entries written
 * @param acknowledgementsGiven acknowledgements this partner gave to bids of the day
 * @param conflictsOpened       conflicts opened
 * @param conflictsResolved     conflicts of the day this partner resolved
 * @param repairs               their times from opening to resolution
 * @param checkIns              safety check-ins
 * @param safetySum             the sum of their answers (1–5)
 */
public record JournalCounters(long bids, long answeredInTime, Histogram responses, long shares, long sharesMetWithCare,
                              long appreciations, long acknowledgementsGiven, long conflictsOpened,
                              long conflictsResolved, Histogram repairs, long checkIns, long safetySum) {

    public static final JournalCounters NONE = new JournalCounters(0, 0, Histogram.empty(), 0, 0, 0, 0, 0, 0,
            Histogram.empty(), 0, 0);

    public JournalCounters plus(JournalCounters other) {
        return new JournalCounters(bids + other.bids, answeredInTime + other.answeredInTime,
                responses.plus(other.responses), shares + other.shares, sharesMetWithCare + other.sharesMetWithCare,
                appreciations + other.appreciations, acknowledgementsGiven + other.acknowledgementsGiven,
                conflictsOpened + other.conflictsOpened, conflictsResolved + other.conflictsResolved,
                repairs.plus(other.repairs), checkIns + other.checkIns, safetySum + other.safetySum);
    }
}
