package dev.hearth.launcher.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The end of a log file, for error messages that say why a component did not start. */
public final class LogTail {

    /** Enough for a stack trace's head without reading a large log whole. */
    private static final int MAX_BYTES = 64 * 1024;
    /** Services log JSON lines of several kilobytes; the start of each says enough. */
    private static final int MAX_LINE = 400;

    private LogTail() {
    }

    public static String of(Path file, int lines) {
        return end(file).map(text -> {
            List<String> all = Arrays.asList(text.split("\r?\n"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + " …" : line)
                    .toList());
        }).orElse("(no log at " + file + ")");
    }

    /** Whether the end of the log (its last 64 KiB, lines whole, not cut short) holds {@code text}. */
    public static boolean contains(Path file, String text) {
        return end(file).map(end -> end.contains(text)).orElse(false);
    }

    private static Optional<String> end(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - MAX_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
