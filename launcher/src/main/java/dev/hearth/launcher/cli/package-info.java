/** {@code ./hearth}: the command line (up, down, status, token, events, help) over {@link dev.hearth.launcher.Platform}. */
@NullMarked
package dev.hearth.launcher.cli;

import org.jspecify.annotations.NullMarked;
