package dev.hearth.bench;

/**
 * The thresholds a rate must meet (issue 8's goals): a step is <em>sustainable</em> when its p99
 * is at most {@code p99Ms}, fewer than {@code errorShare} of its commands failed (a 429 counts)
 * and at least {@code completedShare} of the offered rate completed; keep→insight p99 and the
 * views' lag are reported beside it as the further goals.
 */
record Goals(double p99Ms, double errorShare, double completedShare, double keepToInsightP99Ms, double viewLagSeconds) {

    static final Goals ISSUE_8 = new Goals(50, 0.001, 0.99, 250, 1.0);
}
