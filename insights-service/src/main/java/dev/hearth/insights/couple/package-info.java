/** A couple as insights knows it: partners, timezone and outcome facts, projected idempotently from Kafka. */
@NullMarked
package dev.hearth.insights.couple;

import org.jspecify.annotations.NullMarked;
