/**
 * The sealing port of what partners type: plain Java, so aggregates may take a {@link
 * dev.hearth.platform.crypto.Vault} as a handler parameter and events may carry {@link
 * dev.hearth.platform.crypto.Sealed} values. The keys and ciphers behind it live in {@code keys}.
 */
@NullMarked
package dev.hearth.platform.crypto;

import org.jspecify.annotations.NullMarked;
