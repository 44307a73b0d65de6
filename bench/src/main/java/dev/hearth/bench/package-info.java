/**
 * {@code ./hearth bench}: open-loop make-and-keep load through the gateway, with keep→insight lag
 * by client polling and insights' server-side timer, reported per run and across runs.
 */
@NullMarked
package dev.hearth.bench;

import org.jspecify.annotations.NullMarked;
