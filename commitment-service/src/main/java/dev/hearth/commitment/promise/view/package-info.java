/** Read sides of promises: one promise with its history from the event store, and the list projection in MongoDB. */
@NullMarked
package dev.hearth.commitment.promise.view;

import org.jspecify.annotations.NullMarked;
