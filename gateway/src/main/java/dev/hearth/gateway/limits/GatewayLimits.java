package dev.hearth.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize the largest request body passed on; the API's bodies are small JSON
 *                       documents, so anything near this is a mistake or an attack
 */
@ConfigurationProperties("hearth.gateway")
public record GatewayLimits(@DefaultValue("64KB") DataSize maxRequestSize) {
}
