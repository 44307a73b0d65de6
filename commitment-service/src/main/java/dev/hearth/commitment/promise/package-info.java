/** The Promise aggregate, its commands, events and rules: plain Java and Axon, no Spring. */
@NullMarked
package dev.hearth.commitment.promise;

import org.jspecify.annotations.NullMarked;
