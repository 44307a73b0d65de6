/**
 * The token rules every Hearth resource server applies, servlet services and the reactive gateway
 * alike: what a token must say ({@code hearth.security.*}), the validators, the role mapping and what a 401 says.
 */
@NullMarked
package dev.hearth.platform.security.core;

import org.jspecify.annotations.NullMarked;
