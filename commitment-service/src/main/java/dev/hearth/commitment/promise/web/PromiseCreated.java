package dev.hearth.commitment.promise.web;

/** Answer of a made promise. */
record PromiseCreated(String promiseId) {
}
