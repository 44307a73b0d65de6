/**
 * The keys behind the {@link dev.hearth.platform.crypto.Vault}: the master key from configuration,
 * per-couple data keys wrapped by it in the service's own PostgreSQL ({@code couple_key}), AES-GCM
 * through the JDK's {@code Cipher}, HMAC through its {@code Mac}, and the Spring wiring.
 */
@NullMarked
package dev.hearth.platform.crypto.keys;

import org.jspecify.annotations.NullMarked;
