/** Runs one platform for all system tests through the launcher's Java API; users with tokens, couples, problems, polling with deadlines. */
@NullMarked
package dev.hearth.systemtest.support;

import org.jspecify.annotations.NullMarked;
