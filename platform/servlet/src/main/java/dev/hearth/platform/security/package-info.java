/** One security setup for every servlet service: the JWT resource server, roles, the caller, couple membership, problem+json 401/403. */
@NullMarked
package dev.hearth.platform.security;

import org.jspecify.annotations.NullMarked;
