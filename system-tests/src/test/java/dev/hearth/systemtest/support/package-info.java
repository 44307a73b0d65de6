/**
 * Runs one platform for all system tests through the launcher's Java API, and gives tests a
 * gateway client, users with tokens, and polling with deadlines.
 */
@NullMarked
package dev.hearth.systemtest.support;

import org.jspecify.annotations.NullMarked;
