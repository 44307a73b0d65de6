package dev.hearth.platform.security.core;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What Spring Security's firewalls ({@code StrictHttpFirewall}, {@code StrictServerWebExchangeFirewall})
 * let through in header names and values and parameter names, by their defaults, checked without
 * their regular expressions: every code point assigned in Unicode and not a control character (a
 * header value may also hold a tab). The firewalls test each header as it is read, and the
 * {@code Authorization} header's hundreds of characters through a Unicode character class showed in
 * the profiles of the gateway (2.7 % of its request threads) and of commitment-service (1.5 %).
 */
public final class HeaderCharacters {

    /**
     * Spring's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: header and parameter names. Null (a header
     * the request does not have, as the reactive firewall asks) passes, as with Spring's.
     */
    public static final Predicate<@Nullable String> NAME = value -> value == null || allAllowed(value, false);

    /** Spring's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: header values; null passes. */
    public static final Predicate<@Nullable String> VALUE = value -> value == null || allAllowed(value, true);

    private HeaderCharacters() {
    }

    private static boolean allAllowed(String value, boolean tabAllowed) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            // Printable ASCII, nearly every character of a real header, needs no table lookup.
            boolean allowed = (codePoint >= 0x20 && codePoint < 0x7F)
                    || (codePoint == '\t' && tabAllowed)
                    || (Character.isDefined(codePoint) && !Character.isISOControl(codePoint));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
