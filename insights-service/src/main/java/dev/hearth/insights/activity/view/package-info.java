/** The activity buckets in MongoDB: {@code journal_weeks}, {@code commitment_weeks} and {@code journal_state}, fed by the topics. */
@NullMarked
package dev.hearth.insights.activity.view;

import org.jspecify.annotations.NullMarked;
