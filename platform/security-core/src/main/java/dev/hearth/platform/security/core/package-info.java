/**
 * The token rules every Hearth resource server applies, servlet services and the reactive gateway
 * alike: what a token must say ({@code hearth.security.*}), the validators and the role mapping.
 */
@NullMarked
package dev.hearth.platform.security.core;

import org.jspecify.annotations.NullMarked;
