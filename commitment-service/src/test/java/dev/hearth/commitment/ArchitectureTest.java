package dev.hearth.commitment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java (and Axon's annotations): Spring, web, Mongo and Kafka stay at the edges. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.hearth.commitment");

    @Test
    void the_promise_domain_is_free_of_spring_and_infrastructure() {
        noClasses().that().resideInAPackage("dev.hearth.commitment.promise")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "jakarta.servlet..", "dev.hearth.commitment.promise.web..", "dev.hearth.commitment.promise.view..",
                        "dev.hearth.commitment.membership..")
                .because("aggregates and policies decide from their own state and the command, nothing else")
                .check(CLASSES);
    }

    @Test
    void read_models_do_not_depend_on_the_web_layer() {
        noClasses().that().resideInAnyPackage("dev.hearth.commitment.promise.view..", "dev.hearth.commitment.membership..")
                .should().dependOnClassesThat().resideInAPackage("dev.hearth.commitment.promise.web..")
                .check(CLASSES);
    }
}
