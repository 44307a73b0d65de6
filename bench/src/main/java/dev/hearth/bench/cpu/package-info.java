/**
 * CPU accounting from {@code /proc}: each platform process's CPU time (its whole process tree),
 * the machine's, and the bench's own, sampled at the edges of a measured window.
 */
@NullMarked
package dev.hearth.bench.cpu;

import org.jspecify.annotations.NullMarked;
