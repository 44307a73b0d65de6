package dev.hearth.platform.test.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationMatrixTest {

    @Test
    void a_mapping_without_a_row_fails_naming_it() {
        List<String> mappings = new ArrayList<>(AuthorizationMatrix.rowsOf(AuthorizationMatrix.JOURNAL).stream()
                .map(row -> row.method() + " " + row.pathTemplate()).toList());
        AuthorizationMatrix.assertCovers(AuthorizationMatrix.JOURNAL, mappings);

        mappings.add("DELETE /api/couples/{id}/entries/{entryId}");
        assertThatThrownBy(() -> AuthorizationMatrix.assertCovers(AuthorizationMatrix.JOURNAL, mappings))
                .hasMessageContaining("no row in the authorization matrix for journal-service DELETE /api/couples/{}/entries/{}");
    }

    @Test
    void every_row_expects_something_of_every_actor_and_outsiders_never_get_past_a_404() {
        assertThat(AuthorizationMatrix.rows()).allSatisfy(row -> {
            assertThat(row.expected()).as("%s", row).containsOnlyKeys(Actor.values());
            assertThat(row.expected().get(Actor.NO_TOKEN).status()).as("%s", row).isEqualTo(401);
            if (row.pathTemplate().startsWith("/api/couples/{")) {
                assertThat(row.expected().get(Actor.OUTSIDER).status()).as("%s", row).isEqualTo(404);
            }
        });
    }

    @Test
    void paths_are_compared_by_their_shape() {
        assertThat(Row.shape("/api/couples/{coupleId}/entries/{entryId}/")).isEqualTo("/api/couples/{}/entries/{}");
        assertThat(Row.shape("/api/couples")).isEqualTo("/api/couples");
    }
}
