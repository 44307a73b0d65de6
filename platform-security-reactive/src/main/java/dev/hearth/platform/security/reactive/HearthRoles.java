package dev.hearth.platform.security.reactive;

import java.util.ArrayList;
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
 * Turns the token's roles into authorities: each role {@code r} of the configured claim becomes
 * {@code ROLE_R}; every caller is {@code ROLE_MEMBER}, whether the claim says so or not. The claim is
 * found by its name or, failing that, by a dotted path into nested claims (Keycloak's
 * {@code realm_access.roles}); it may be an array or a space- or comma-separated string. Same rules
 * as platform-security-servlet's {@code RoleAuthorities}.
 */
public final class HearthRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String MEMBER = "ROLE_MEMBER";

    private final String claim;

    public HearthRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Set<String> names = new LinkedHashSet<>();
        names.add(MEMBER);
        for (String role : roles(jwt.getClaims())) {
            names.add("ROLE_" + role.toUpperCase(Locale.ROOT));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        names.forEach(name -> authorities.add(new SimpleGrantedAuthority(name)));
        return authorities;
    }

    private @Nullable Object find(Map<String, Object> claims) {
        // Namespaced claim names ("https://hearth.dev/roles") contain dots: try the whole name first.
        if (claims.containsKey(claim)) {
            return claims.get(claim);
        }
        @Nullable Object value = claims;
        for (String step : claim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        return value;
    }

    private List<String> roles(Map<String, Object> claims) {
        @Nullable Object value = find(claims);
        List<String> roles = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(role -> add(roles, role));
        } else if (value instanceof String joined) {
            for (String role : joined.split("[\\s,]+")) {
                add(roles, role);
            }
        }
        return roles;
    }

    private static void add(List<String> roles, @Nullable Object role) {
        if (role instanceof String name && !name.isBlank()) {
            roles.add(name.strip());
        }
    }
}
