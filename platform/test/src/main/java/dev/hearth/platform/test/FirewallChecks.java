package dev.hearth.platform.test;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * The character checks a Spring Security firewall ({@code StrictHttpFirewall} or
 * {@code StrictServerWebExchangeFirewall}) applies, read from its fields: what a request meets, not a
 * bean that the filter chain might have left aside.
 */
public record FirewallChecks(Object headerValues, Object headerNames, Object parameterNames) {

    public static FirewallChecks of(Object firewall) {
        return new FirewallChecks(field(firewall, "allowedHeaderValues"), field(firewall, "allowedHeaderNames"),
                field(firewall, "allowedParameterNames"));
    }

    private static Object field(Object firewall, String name) {
        Object value = ReflectionTestUtils.getField(firewall, name);
        if (value == null) {
            throw new IllegalStateException(firewall.getClass().getName() + " has no " + name);
        }
        return value;
    }
}
