package dev.hearth.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.hearth.platform.test.architecture.HearthArchitecture;

/** The gateway keeps the house rules: it routes by path and imports no service. */
@AnalyzeClasses(packages = "dev.hearth.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(HearthArchitecture.class);
}
