package dev.hearth.journal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.hearth.platform.test.architecture.HearthArchitecture;

/** journal-service keeps the house rules: a plain-Java domain, edges that depend on it, no other service. */
@AnalyzeClasses(packages = "dev.hearth.journal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests HOUSE_RULES = ArchTests.in(HearthArchitecture.class);
}
