package dev.hearth.platform.security.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The one role mapping of the servlet services and the gateway (the cases both stacks tested, once). */
class RoleAuthoritiesTest {

    @Test
    void every_caller_is_a_member_even_without_a_roles_claim() {
        assertThat(authorities("roles", Map.of("sub", "alice"))).containsExactly("ROLE_MEMBER");
    }

    @Test
    void each_role_of_the_claim_becomes_an_upper_case_authority_without_duplicating_member() {
        assertThat(authorities("roles", Map.of("roles", List.of("member", "analyst", "Admin"))))
                .containsExactly("ROLE_MEMBER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void a_dotted_claim_path_reads_a_nested_claim() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("admin")));

        assertThat(authorities("realm_access.roles", claims)).containsExactly("ROLE_MEMBER", "ROLE_ADMIN");
    }

    @Test
    void a_namespaced_claim_name_with_dots_is_read_whole() {
        Map<String, Object> claims = Map.of("https://hearth.dev/roles", List.of("analyst"));

        assertThat(authorities("https://hearth.dev/roles", claims)).containsExactly("ROLE_MEMBER", "ROLE_ANALYST");
    }

    @Test
    void a_space_separated_roles_string_is_split() {
        assertThat(authorities("roles", Map.of("roles", "analyst admin")))
                .containsExactly("ROLE_MEMBER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void a_comma_separated_roles_string_is_split_too() {
        assertThat(authorities("roles", Map.of("roles", "analyst, admin")))
                .containsExactly("ROLE_MEMBER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void a_claim_of_another_shape_grants_nothing_beyond_member() {
        assertThat(authorities("roles", Map.of("roles", 42))).containsExactly("ROLE_MEMBER");
        assertThat(authorities("realm_access.roles", Map.of("realm_access", "admin"))).containsExactly("ROLE_MEMBER");
    }

    private static List<String> authorities(String claimPath, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims(all -> all.putAll(claims))
                .claim("sub", "alice").issuedAt(Instant.now()).build();
        return new RoleAuthorities(claimPath).convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }
}
