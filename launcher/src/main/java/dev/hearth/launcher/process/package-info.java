/**
 * Local processes by pid: pid files, liveness and ownership, stopping with SIGTERM then SIGKILL,
 * host JVMs that exit with their parent.
 */
@NullMarked
package dev.hearth.launcher.process;

import org.jspecify.annotations.NullMarked;
