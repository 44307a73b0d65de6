/**
 * The operations of the committed API documents ({@code docs/openapi/<service>.json}) with their
 * request schemas resolved: what the system tests attack, so that a new endpoint is attacked
 * without anyone remembering to add it.
 */
@NullMarked
package dev.hearth.platform.test.openapi;

import org.jspecify.annotations.NullMarked;
