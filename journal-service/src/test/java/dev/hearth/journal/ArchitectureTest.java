package dev.hearth.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (aggregates, commands, events, policies) is plain Java; Spring stays at the edges. */
@AnalyzeClasses(packages = "dev.hearth.journal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dev.hearth.journal.*..";
    private static final String[] EDGES = {"..web..", "..adapter.."};

    @ArchTest
    static final ArchRule the_domain_depends_on_no_spring_class = noClasses()
            .that().resideInAPackage(DOMAIN)
            .and().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("aggregates and policies must be testable and readable without a container");

    @ArchTest
    static final ArchRule the_domain_does_not_know_its_edges = noClasses()
            .that().resideInAPackage(DOMAIN)
            .and().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat().resideInAnyPackage(EDGES)
            .because("web and adapters depend on the domain, never the other way round");
}
