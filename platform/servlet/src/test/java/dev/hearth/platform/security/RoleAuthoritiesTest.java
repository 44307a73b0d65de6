package dev.hearth.platform.security;

import dev.hearth.platform.security.core.RoleAuthorities;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RoleAuthoritiesTest {

    @Test
    void a_token_without_roles_is_a_member() {
        assertThat(authorities("roles", Map.of("sub", "u-1"))).containsExactly("ROLE_MEMBER");
    }

    @Test
    void a_roles_list_becomes_role_authorities_without_duplicating_member() {
        assertThat(authorities("roles", Map.of("roles", List.of("member", "analyst", "Admin"))))
                .containsExactly("ROLE_MEMBER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void a_space_separated_roles_string_is_split() {
        assertThat(authorities("roles", Map.of("roles", "analyst admin")))
                .containsExactly("ROLE_MEMBER", "ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void a_dotted_claim_path_reads_nested_roles() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("admin")));

        assertThat(authorities("realm_access.roles", claims)).containsExactly("ROLE_MEMBER", "ROLE_ADMIN");
    }

    @Test
    void a_namespaced_claim_name_with_dots_is_read_as_one_claim() {
        Map<String, Object> claims = Map.of("https://hearth.dev/roles", List.of("analyst"));

        assertThat(authorities("https://hearth.dev/roles", claims)).containsExactly("ROLE_MEMBER", "ROLE_ANALYST");
    }

    private static List<String> authorities(String claim, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims))
                .claim("sub", "u-1").build();
        return new RoleAuthorities(claim).convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }
}
