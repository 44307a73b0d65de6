package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class EdgeProblemTest {

    @Test
    void every_edge_problem_is_the_catalogue_entry_of_the_same_name() {
        for (EdgeProblem edge : EdgeProblem.values()) {
            ProblemType catalogue = ProblemType.valueOf(edge.name());

            assertThat(edge.status()).as(edge.name()).isEqualTo(catalogue.status());
            assertThat(edge.slug()).as(edge.name()).isEqualTo(catalogue.slug());
            assertThat(edge.title()).as(edge.name()).isEqualTo(catalogue.title());
            assertThat(edge.typeUri()).as(edge.name()).isEqualTo(catalogue.typeUri());
        }
    }
}
