package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void the_build_packages_only_the_given_services_and_what_they_need() {
        assertThat(builder().command("gateway,insights-service", false))
                .containsExactly(repo.resolve("mvnw").toString(), "-B", "-q", "package", "-DskipTests",
                        "-pl", "gateway,insights-service", "-am");
        assertThat(builder().command("gateway", true)).endsWith("-Dmaven.jar.forceCreation=true");
    }

    private JarBuilder builder() {
        return new JarBuilder(repo, "1.2.3", new Progress(progress::add));
    }
}
