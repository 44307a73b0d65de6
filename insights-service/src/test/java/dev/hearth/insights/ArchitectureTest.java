package dev.hearth.insights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.hearth.platform.test.architecture.HearthArchitecture;

/** insights-service keeps the house rules: plain-Java policies, read models that know no web, no other service. */
@AnalyzeClasses(packages = "dev.hearth.insights", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(HearthArchitecture.class);

    /** Stricter than the house rule for a domain: a scoring policy reads the JDK and other policies' values, nothing else. */
    @ArchTest
    static final ArchRule policies_are_plain_java = classes()
            .that().haveSimpleNameEndingWith("Policy").or().resideInAnyPackage("..insights.practice", "..insights.trust")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                    "dev.hearth.insights.practice", "dev.hearth.insights.trust")
            .because("a policy is a versioned formula: no Spring, Mongo, Kafka or JSON may decide a score");
}
