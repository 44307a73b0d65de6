/** The gateway's own errors (no route, a service down or slow, a body too large) as problem+json. */
@NullMarked
package dev.hearth.gateway.errors;

import org.jspecify.annotations.NullMarked;
