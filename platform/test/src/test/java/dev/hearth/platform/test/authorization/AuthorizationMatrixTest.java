package dev.hearth.platform.test.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.test.openapi.ApiOperation;
import dev.hearth.platform.test.openapi.ApiOperations;
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
    void the_committed_api_documents_and_the_matrix_name_the_same_operations() {
        List<ApiOperation> documented = ApiOperations.committed();
        assertThat(documented).extracting(ApiOperation::service)
                .contains(AuthorizationMatrix.JOURNAL, AuthorizationMatrix.COMMITMENT, AuthorizationMatrix.INSIGHTS);

        AuthorizationMatrix.assertMatches(documented);
    }

    @Test
    void an_operation_of_a_document_without_a_row_or_a_row_without_an_operation_fails_naming_it() {
        List<ApiOperation> documented = new ArrayList<>(ApiOperations.committed());
        ApiOperation insights = documented.stream().filter(operation -> operation.path().endsWith("/insights")).findFirst()
                .orElseThrow();
        documented.remove(insights);
        documented.add(new ApiOperation("gateway", "GET", "/api/admin/insights/rebuild", List.of(), List.of(), 200, null));

        assertThatThrownBy(() -> AuthorizationMatrix.assertMatches(documented))
                .hasMessageContaining("no row in the authorization matrix for gateway GET /api/admin/insights/rebuild")
                .hasMessageContaining("a row of the authorization matrix names GET /api/couples/{}/insights, which "
                        + "insights-service does not map");
    }

    @Test
    void every_row_expects_something_of_every_actor_and_outsiders_never_get_past_a_404() {
        assertThat(AuthorizationMatrix.rows()).allSatisfy(row -> {
            assertThat(row.expected()).as("%s", row).containsOnlyKeys(Actor.values());
            assertThat(row.expected().get(Actor.NO_TOKEN).status()).as("%s", row).isEqualTo(401);
            if (row.pathTemplate().startsWith("/api/couples/{")) {
                for (Actor stranger : List.of(Actor.OUTSIDER, Actor.DEPARTED_PARTNER, Actor.AFTER_ERASURE)) {
                    assertThat(row.expected().get(stranger).status()).as("%s %s", stranger, row).isEqualTo(404);
                }
            }
        });
    }

    @Test
    void paths_are_compared_by_their_shape() {
        assertThat(Row.shape("/api/couples/{coupleId}/entries/{entryId}/")).isEqualTo("/api/couples/{}/entries/{}");
        assertThat(Row.shape("/api/couples")).isEqualTo("/api/couples");
    }
}
