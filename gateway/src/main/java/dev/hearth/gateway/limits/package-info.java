/** Limits the gateway enforces before a request reaches a service: the request body size. */
@NullMarked
package dev.hearth.gateway.limits;

import org.jspecify.annotations.NullMarked;
