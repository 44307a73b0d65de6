package dev.hearth.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarSnapshotsTest {

    @TempDir
    Path root;

    @Test
    void a_process_keeps_its_copy_when_the_jar_is_rebuilt() throws Exception {
        Path jar = Files.writeString(root.resolve("service.jar"), "version 1");
        JarSnapshots snapshots = new JarSnapshots(root.resolve("run/jars"));
        Path first = snapshots.of(jar);
        Object firstFile = Files.readAttributes(first, "unix:ino").get("ino");

        Files.writeString(jar, "version 2, longer");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Path second = snapshots.of(jar);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second)).isEqualTo("version 2, longer");
        assertThat(Files.readAttributes(second, "unix:ino").get("ino"))
                .as("a new file: a process holding the old one still reads version 1")
                .isNotEqualTo(firstFile);
    }

    @Test
    void an_unchanged_jar_is_not_copied_again() throws Exception {
        Path jar = Files.writeString(root.resolve("service.jar"), "version 1");
        JarSnapshots snapshots = new JarSnapshots(root.resolve("run/jars"));
        Object firstFile = Files.readAttributes(snapshots.of(jar), "unix:ino").get("ino");

        Object secondFile = Files.readAttributes(snapshots.of(jar), "unix:ino").get("ino");

        assertThat(secondFile).isEqualTo(firstFile);
    }
}
