/**
 * The launcher's records of its processes: pid files and their run state, the per-home lock, the
 * markers of host JVMs, the wrapper that ends a service with its starter, jar copies and log tails.
 * Signalling and waiting for processes live in {@code dev.hearth.platform.local.ProcessControl}.
 */
@NullMarked
package dev.hearth.launcher.process;

import org.jspecify.annotations.NullMarked;
