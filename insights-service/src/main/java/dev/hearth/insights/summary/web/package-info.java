/** HTTP API of insights. */
@NullMarked
package dev.hearth.insights.summary.web;

import org.jspecify.annotations.NullMarked;
