/** The local broker seen from outside: health, topics, the insights consumer group, and {@code ./hearth events}. */
@NullMarked
package dev.hearth.launcher.kafka;

import org.jspecify.annotations.NullMarked;
