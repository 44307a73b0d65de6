/**
 * What a couple did, day by day in its own timezone, kept in ISO-week buckets of fixed size: journal
 * facts (bids, answers, conflicts, check-ins) and promise outcomes, per partner. The practice
 * policies read their windows and trends from these buckets. Plain Java; the views in {@code view/}
 * store them.
 */
@NullMarked
package dev.hearth.insights.activity;

import org.jspecify.annotations.NullMarked;
