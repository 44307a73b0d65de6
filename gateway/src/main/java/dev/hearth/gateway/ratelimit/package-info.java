/**
 * Rate limits at the edge: token buckets per caller (the token's {@code sub}) and per client address
 * for whoever is not authenticated yet; a refusal is 429 {@code rate-limited} with {@code Retry-After}.
 */
@NullMarked
package dev.hearth.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
