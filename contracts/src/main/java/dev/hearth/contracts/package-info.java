/** Hearth's public event contract: records, types, topics and the CloudEvents envelope. Plain Java. */
@NullMarked
package dev.hearth.contracts;

import org.jspecify.annotations.NullMarked;
