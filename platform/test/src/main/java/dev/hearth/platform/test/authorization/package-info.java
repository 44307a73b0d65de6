/**
 * The one authorization matrix of the HTTP API: every endpoint, and what each kind of caller gets
 * from it. Played through the gateway by a system test; each service checks that all its request
 * mappings have rows.
 */
@NullMarked
package dev.hearth.platform.test.authorization;

import org.jspecify.annotations.NullMarked;
