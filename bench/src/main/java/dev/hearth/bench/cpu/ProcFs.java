package dev.hearth.bench.cpu;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few files the accounting reads, behind an interface so tests can hand it sample text. */
public interface ProcFs {

    /** A file's text, empty when it is missing or unreadable (a process that just ended). */
    Optional<String> read(Path file);

    /** The pids listed in {@code /proc} now. */
    List<Long> pids();

    ProcFs SYSTEM = new ProcFs() {
        @Override
        public Optional<String> read(Path file) {
            try {
                return Optional.of(Files.readString(file));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<Long> pids() {
            List<Long> pids = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                entries.forEach(entry -> pids.add(Long.parseLong(entry.getFileName().toString())));
            } catch (IOException e) {
                // No /proc (not Linux): no processes; the accounting reports n/a.
            }
            return pids;
        }
    };
}
