/** A couple as insights knows it: partners, timezone and promise outcomes, the facts every score is computed from. */
@NullMarked
package dev.hearth.insights.couple;

import org.jspecify.annotations.NullMarked;
