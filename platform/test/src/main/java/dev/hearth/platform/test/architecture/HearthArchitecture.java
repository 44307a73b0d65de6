package dev.hearth.platform.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The house rules, one set for the whole repository. Every service and the gateway applies all of
 * them to its own classes with a test of three lines:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.hearth.commitment", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests HOUSE_RULES = ArchTests.in(HearthArchitecture.class);
 * }
 * }</pre>
 *
 * A service is packaged by feature ({@code promise/}, {@code couple/}, {@code trust/}); a feature's
 * framework glue lives in its {@code web/} (HTTP), {@code view/} (read models) and {@code adapter/}
 * (other infrastructure) sub-packages, and everything else in the feature (aggregates, commands,
 * events, rules, policies) is its domain.
 */
public final class HearthArchitecture {

    static final List<String> SERVICES = List.of("dev.hearth.journal..", "dev.hearth.commitment..", "dev.hearth.insights..");
    static final String GATEWAY = "dev.hearth.gateway..";
    static final String CONTRACTS = "dev.hearth.contracts..";
    static final String[] EDGES = {"..web..", "..view..", "..adapter.."};
    /** A feature package of a service (not its root, where the application class lives). */
    static final String[] FEATURES = {"dev.hearth.journal.*..", "dev.hearth.commitment.*..", "dev.hearth.insights.*.."};
    /**
     * The plain-Java part of the platform: platform-kernel (the error catalogue, the id formats, what
     * belongs to a couple, the Horizon of dates that schedule) and the sealing port of platform-crypto (its package alone: the keys behind
     * it are Spring glue).
     */
    static final String[] KERNEL = {"dev.hearth.platform.problem..", "dev.hearth.platform.id..", "dev.hearth.platform.couple..",
            "dev.hearth.platform.time..", "dev.hearth.platform.crypto"};

    @ArchTest
    public static final ArchRule the_domain_is_plain_java = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "jakarta.servlet..",
                    "jakarta.validation..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("aggregates and policies decide from their own state and the command, readable and testable "
                    + "without a container; Axon's annotations are the only framework they carry")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule the_domain_uses_only_the_kernel_of_the_platform = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat(resideInAnyPackage("dev.hearth.platform..", CONTRACTS)
                    .and(not(resideInAnyPackage(KERNEL))))
            .because("the platform's other modules are Spring glue, and public events are the adapters' business")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule the_domain_does_not_know_its_edges = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackages(EDGES)
            .should().dependOnClassesThat().resideInAnyPackage(EDGES)
            .because("web, views and adapters depend on the domain, never the other way round")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule read_models_do_not_know_the_web = noClasses()
            .that().resideInAPackage("..view..")
            .should().dependOnClassesThat().resideInAPackage("..web..")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule services_never_import_each_other = CompositeArchRule.of(SERVICES.stream()
            .map(service -> noClasses().that().resideInAPackage(service)
                    .should().dependOnClassesThat().resideInAnyPackage(othersThan(service))
                    .because("services talk through Kafka and share only contracts and the platform")
                    .allowEmptyShould(true))
            .toList());

    @ArchTest
    public static final ArchRule the_gateway_imports_no_service = noClasses()
            .that().resideInAPackage(GATEWAY)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES.toArray(String[]::new))
            .because("the gateway routes by path and knows no service's code")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule contracts_depend_on_nothing_of_hearth = noClasses()
            .that().resideInAPackage(CONTRACTS)
            .should().dependOnClassesThat(resideInAPackage("dev.hearth..").and(not(resideInAPackage(CONTRACTS))))
            .because("every service and the launcher read the contracts; the contracts read nobody")
            .allowEmptyShould(true);

    /**
     * A request body is typed all the way down: no field of it (or of the records it holds) is
     * {@code Object}, a {@code Map} or a {@code JsonNode}, which would take any JSON a client sends,
     * unvalidated and of any size or depth.
     */
    @ArchTest
    public static final ArchRule request_bodies_are_typed_all_the_way_down = classes()
            .should(new RequestBodiesAreTyped())
            .because("a request field that takes any JSON escapes validation and can carry anything")
            .allowEmptyShould(true);

    private HearthArchitecture() {
    }

    private static String[] othersThan(String service) {
        return Stream.concat(SERVICES.stream(), Stream.of(GATEWAY))
                .filter(other -> !other.equals(service)).toArray(String[]::new);
    }
}
