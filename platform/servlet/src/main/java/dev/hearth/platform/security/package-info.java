/** One security setup for every servlet service: JWT resource server, roles, problem+json 401/403. */
@NullMarked
package dev.hearth.platform.security;

import org.jspecify.annotations.NullMarked;
