/** The read side of insights: a couple's facts, projected idempotently from the public topics into MongoDB. */
@NullMarked
package dev.hearth.insights.couple.view;

import org.jspecify.annotations.NullMarked;
