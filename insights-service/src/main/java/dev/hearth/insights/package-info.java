/** Insights: per-couple read models built only from the public event topics. */
@NullMarked
package dev.hearth.insights;

import org.jspecify.annotations.NullMarked;
