package dev.hearth.platform.crypto.keys;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.crypto.*}.
 *
 * @param masterKey      {@code HEARTH_MASTER_KEY}: 32 random bytes in base64, or {@code file:<path>} of a
 *                       file holding them (a compose or Kubernetes secret); no default, the service
 *                       refuses to start without it
 * @param keyCacheSize   unwrapped couple keys kept in memory
 * @param keyCacheExpiry how long an unused one stays
 */
@ConfigurationProperties("hearth.crypto")
public record CryptoProperties(@Nullable String masterKey,
                               @DefaultValue("10000") long keyCacheSize,
                               @DefaultValue("10m") Duration keyCacheExpiry) {
}
