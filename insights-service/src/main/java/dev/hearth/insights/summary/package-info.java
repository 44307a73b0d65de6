/** The insights summary of a couple, computed from its facts. */
@NullMarked
package dev.hearth.insights.summary;

import org.jspecify.annotations.NullMarked;
