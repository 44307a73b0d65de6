/** Promise infrastructure: the mapping of a promise's events to the public commitment events. */
@NullMarked
package dev.hearth.commitment.promise.adapter;

import org.jspecify.annotations.NullMarked;
