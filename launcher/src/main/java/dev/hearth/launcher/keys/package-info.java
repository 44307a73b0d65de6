/**
 * The local signing key pair and the tokens {@code ./hearth token} mints with it; services trust
 * the public key through Boot's {@code public-key-location}.
 */
@NullMarked
package dev.hearth.launcher.keys;

import org.jspecify.annotations.NullMarked;
