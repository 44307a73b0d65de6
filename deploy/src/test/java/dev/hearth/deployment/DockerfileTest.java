package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service images, all built from deploy/Dockerfile: a Java 21+ runtime, the module's own jar,
 * no root, readiness as their health.
 */
class DockerfileTest {

    private static final Pattern TEMURIN_JRE = Pattern.compile("eclipse-temurin:(\\d+)-jre");
    private static final Pattern READINESS_URL = Pattern.compile("http://localhost:\\$\\{(\\w+)}/actuator/health/readiness");

    @Test
    void each_image_runs_its_modules_jar_on_a_java_runtime_at_least_as_new_as_the_compiled_release() {
        int release = Integer.parseInt(Pom.in("").property("maven.compiler.release").orElseThrow());

        for (String service : Repository.SERVICES) {
            Dockerfile image = Dockerfile.forService(service);
            Matcher from = TEMURIN_JRE.matcher(image.only("FROM"));

            assertThat(from.matches()).as(service + ": " + image.only("FROM")).isTrue();
            assertThat(Integer.parseInt(from.group(1))).as(service).isGreaterThanOrEqualTo(Math.max(release, 21));
            assertThat(image.only("COPY")).as(service)
                    .isEqualTo(service + "/target/" + service + "-" + Repository.version() + ".jar /app/app.jar");
            assertThat(image.only("ENTRYPOINT")).as(service).startsWith("[\"java\"").endsWith("\"-jar\", \"/app/app.jar\"]");
        }
    }

    @Test
    void the_image_runs_as_a_user_that_is_not_root() {
        Dockerfile dockerfile = Dockerfile.load();
        String user = dockerfile.only("USER");

        assertThat(user).isNotIn("root", "0");
        assertThat(dockerfile.all("RUN")).anySatisfy(run -> assertThat(run).contains("useradd").contains(user));
    }

    @Test
    void each_image_listens_and_reports_readiness_on_the_port_its_configuration_names() {
        for (String service : Repository.SERVICES) {
            Dockerfile image = Dockerfile.forService(service);
            ApplicationConfig config = ApplicationConfig.of(service);
            Matcher readiness = READINESS_URL.matcher(image.only("HEALTHCHECK"));
            assertThat(readiness.find()).as(service + ": " + image.only("HEALTHCHECK")).isTrue();
            String portVariable = readiness.group(1);

            assertThat(image.only("EXPOSE")).as(service).isEqualTo(String.valueOf(config.port()));
            assertThat(portVariable).as(service + ": a variable server.port is read from")
                    .isIn(ApplicationConfig.environmentName("server.port"), config.portVariable());
            assertThat(image.environment()).as(service).containsEntry(portVariable, String.valueOf(config.port()));
        }
    }

    @Test
    void the_health_checks_tool_is_installed_in_the_image() {
        Dockerfile dockerfile = Dockerfile.load();

        assertThat(dockerfile.only("HEALTHCHECK")).contains("CMD curl ");
        // The Temurin 25 image has neither curl nor wget: without this the check fails and the
        // container never becomes healthy.
        assertThat(dockerfile.all("RUN")).anySatisfy(run -> assertThat(run).contains("apt-get install").contains(" curl"));
    }

    @Test
    void the_image_disables_the_axoniq_update_checker() {
        assertThat(Dockerfile.load().environment()).containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    }

    @Test
    void the_image_declares_the_build_arguments_compose_gives_and_builds_the_project_version_by_default() {
        Dockerfile dockerfile = Dockerfile.load();

        assertThat(dockerfile.arguments()).containsEntry("VERSION", Repository.version())
                .containsKeys("SERVICE", "PORT");
        for (String service : Repository.SERVICES) {
            assertThat(ComposeFile.load().service(service).buildArgs()).as(service)
                    .containsOnlyKeys("SERVICE", "PORT")
                    .containsEntry("SERVICE", service);
        }
    }

    @Test
    void the_build_context_holds_the_applications_jars_and_nothing_else() {
        List<String> patterns = Repository.read(".dockerignore").lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertThat(patterns.get(0)).as("everything is left out first").isEqualTo("*");
        assertThat(patterns.subList(1, patterns.size())).as("then jars in an application's target/ are let in")
                .allSatisfy(pattern -> assertThat(Repository.SERVICES)
                        .anySatisfy(service -> assertThat(pattern).startsWith("!" + service + "/target/").endsWith(".jar")));
        for (String service : Repository.SERVICES) {
            String source = Dockerfile.forService(service).only("COPY").split(" ")[0];

            assertThat(patterns).as(service + " copies " + source)
                    .anySatisfy(pattern -> assertThat(glob(pattern.substring(1)).matches(Path.of(source))).isTrue());
        }
    }

    @Test
    void there_is_one_dockerfile_in_the_repository() {
        List<String> dockerFiles = Repository.files(file -> file.getFileName().toString().equals("Dockerfile")
                || file.getFileName().toString().equals(".dockerignore"));

        assertThat(dockerFiles).containsExactlyInAnyOrder(Dockerfile.PATH, ".dockerignore");
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
