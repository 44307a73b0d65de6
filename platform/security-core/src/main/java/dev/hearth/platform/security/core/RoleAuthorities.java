package dev.hearth.platform.security.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller's authorities: {@code ROLE_MEMBER} for everyone, plus {@code ROLE_<ROLE>} for each role
 * in the roles claim ({@code analyst} becomes {@code ROLE_ANALYST}). The claim is a list or a
 * space/comma separated string, found by its name or, failing that, by a dotted path into nested
 * claims (Keycloak's {@code realm_access.roles}).
 */
public final class RoleAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String MEMBER = "ROLE_MEMBER";

    private final String claim;

    public RoleAuthorities(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        authorities.add(new SimpleGrantedAuthority(MEMBER));
        for (String role : roles(find(jwt.getClaims()))) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
        }
        return List.copyOf(authorities);
    }

    private @Nullable Object find(Map<String, Object> claims) {
        // Namespaced claim names ("https://hearth.dev/roles") contain dots: try the whole name first.
        if (claims.containsKey(claim)) {
            return claims.get(claim);
        }
        Object value = claims;
        for (String segment : claim.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(segment);
        }
        return value;
    }

    private static List<String> roles(@Nullable Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast)
                    .map(String::trim).filter(role -> !role.isEmpty()).toList();
        }
        if (value instanceof String joined) {
            return Arrays.stream(joined.split("[\\s,]+")).filter(role -> !role.isEmpty()).toList();
        }
        return List.of();
    }
}
