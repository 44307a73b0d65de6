/** The token rules of every Hearth resource server, servlet or reactive: what a token must say, the role mapping, what a 401 says. */
@NullMarked
package dev.hearth.platform.security.core;

import org.jspecify.annotations.NullMarked;
