/** The reactive edge's security: JWT validation, problem+json for its own errors and correlation ids. */
@NullMarked
package dev.hearth.platform.security.reactive;

import org.jspecify.annotations.NullMarked;
