package dev.hearth.insights;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.hearth.platform.test.architecture.HearthArchitecture;

/** insights-service keeps the house rules: plain-Java policies, read models that know no web, no other service. */
@AnalyzeClasses(packages = "dev.hearth.insights", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(HearthArchitecture.class);
}
