package dev.hearth.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/** A file holding one process id, written atomically so a reader never sees half a number. */
public record PidFile(Path path) {

    /** The recorded pid; empty when the file is missing or does not hold a number. */
    public OptionalLong read() {
        try {
            String content = Files.readString(path, StandardCharsets.US_ASCII).trim();
            return OptionalLong.of(Long.parseLong(content));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public void write(long pid) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(temporary, pid + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
