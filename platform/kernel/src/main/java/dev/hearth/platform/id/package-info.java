/** The formats of entity and user ids, checked and normalised the same way by every service. Plain Java. */
@NullMarked
package dev.hearth.platform.id;

import org.jspecify.annotations.NullMarked;
