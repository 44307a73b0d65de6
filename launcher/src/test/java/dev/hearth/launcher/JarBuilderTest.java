package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarBuilderTest {

    @TempDir
    Path repo;

    private final List<String> progress = new ArrayList<>();

    @Test
    void a_services_jar_is_its_modules_boot_jar_of_this_version() {
        assertThat(builder().jarOf(Component.COMMITMENT))
                .isEqualTo(repo.resolve("commitment-service/target/commitment-service-1.2.3.jar"));
    }

    @Test
    void nothing_is_built_when_every_jar_is_there() throws Exception {
        for (Component service : Component.services()) {
            Files.createDirectories(builder().jarOf(service).getParent());
            Files.writeString(builder().jarOf(service), "jar");
        }

        // No ./mvnw in this repository: a build would fail to start.
        builder().build(Component.services(), false);

        assertThat(progress).isEmpty();
    }

    @Test
    void a_jar_older_than_a_main_source_of_its_module_platform_or_contracts_is_stale() throws Exception {
        Path jar = jarWrittenAt(Component.COMMITMENT, Instant.parse("2026-12-06T12:00:00Z"));
        Path platformSource = write("platform/axon/src/main/java/A.java", Instant.parse("2026-12-06T11:00:00Z"));
        write("commitment-service/src/main/resources/application.yml", Instant.parse("2026-12-06T11:00:00Z"));
        assertThat(builder().isStale(Component.COMMITMENT)).isFalse();

        Files.setLastModifiedTime(platformSource, FileTime.from(Instant.parse("2026-12-06T13:00:00Z")));

        assertThat(builder().isStale(Component.COMMITMENT)).isTrue();
        assertThat(jar).exists();
    }

    @Test
    void tests_build_output_and_other_services_do_not_make_a_jar_stale() throws Exception {
        jarWrittenAt(Component.COMMITMENT, Instant.parse("2026-12-06T12:00:00Z"));
        Instant later = Instant.parse("2026-12-06T13:00:00Z");
        write("commitment-service/src/test/java/ATest.java", later);
        write("platform/axon/target/classes/A.class", later);
        write("journal-service/src/main/java/J.java", later);

        assertThat(builder().isStale(Component.COMMITMENT)).isFalse();

        write("platform/axon/pom.xml", later);

        assertThat(builder().isStale(Component.COMMITMENT)).isTrue();
    }

    @Test
    void the_build_packages_only_the_given_services_and_what_they_need() {
        assertThat(builder().command("gateway,insights-service", false))
                .containsExactly(repo.resolve("mvnw").toString(), "-B", "-q", "package", "-DskipTests",
                        "-pl", "gateway,insights-service", "-am");
        assertThat(builder().command("gateway", true)).endsWith("-Dmaven.jar.forceCreation=true");
    }

    private Path jarWrittenAt(Component service, Instant at) throws Exception {
        Path jar = builder().jarOf(service);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(at));
        return jar;
    }

    private Path write(String path, Instant at) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }

    private JarBuilder builder() {
        return new JarBuilder(repo, "1.2.3", new Progress(progress::add));
    }
}
