package dev.hearth.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.hearth.commitment.fixture.SpringInTheDomain;
import dev.hearth.commitment.fixture.web.FixtureController;
import dev.hearth.commitment.fixture.web.UntypedController;
import org.junit.jupiter.api.Test;

class HearthArchitectureTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(SpringInTheDomain.class, FixtureController.class);

    @Test
    void contracts_depend_on_nothing_of_hearth() {
        JavaClasses contracts = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hearth.contracts");

        assertThat(contracts).isNotEmpty();
        HearthArchitecture.contracts_depend_on_nothing_of_hearth.check(contracts);
    }

    @Test
    void a_spring_bean_in_a_domain_package_breaks_the_rule_and_one_in_web_does_not() {
        EvaluationResult result = HearthArchitecture.the_domain_is_plain_java.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).allSatisfy(detail ->
                assertThat(detail).contains(SpringInTheDomain.class.getName()).doesNotContain(FixtureController.class.getName()));
    }

    @Test
    void a_service_that_imports_another_breaks_the_rule() {
        EvaluationResult result = HearthArchitecture.services_never_import_each_other.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail).contains("JournalThing"));
    }

    @Test
    void a_request_body_with_an_object_or_a_map_field_anywhere_inside_breaks_the_rule_and_a_typed_one_does_not() {
        EvaluationResult untyped = HearthArchitecture.request_bodies_are_typed_all_the_way_down.evaluate(
                new ClassFileImporter().importClasses(UntypedController.class, UntypedController.UntypedBody.class,
                        UntypedController.Inner.class));
        EvaluationResult typed = HearthArchitecture.request_bodies_are_typed_all_the_way_down.evaluate(
                new ClassFileImporter().importClasses(FixtureController.class, FixtureController.TypedBody.class,
                        FixtureController.Part.class));

        assertThat(untyped.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(detail -> assertThat(detail).contains("UntypedBody.anything", "java.lang.Object"))
                .anySatisfy(detail -> assertThat(detail).contains("Inner.attributes", "java.util.Map"));
        assertThat(typed.hasViolation()).isFalse();
    }

    @Test
    void the_edges_may_depend_on_the_domain_but_not_the_other_way_round() {
        assertThat(HearthArchitecture.the_domain_does_not_know_its_edges.evaluate(FIXTURES).hasViolation()).isFalse();
        assertThat(HearthArchitecture.read_models_do_not_know_the_web.evaluate(FIXTURES).hasViolation()).isFalse();
    }
}
