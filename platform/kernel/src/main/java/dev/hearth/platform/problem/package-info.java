/** The error catalogue and the domain's rejection type: plain Java, no Spring. */
@NullMarked
package dev.hearth.platform.problem;

import org.jspecify.annotations.NullMarked;
