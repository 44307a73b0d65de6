package dev.hearth.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code up} could not make every component healthy. What did start keeps running (stop it with
 * {@code down}); each failure names its component, the reason and the end of its log.
 */
public final class PlatformStartException extends RuntimeException {

    private final List<Failure> failures;

    public PlatformStartException(List<Failure> failures) {
        super(failures.stream().map(Failure::toString).collect(Collectors.joining("\n\n")));
        this.failures = List.copyOf(failures);
    }

    public List<Failure> failures() {
        return failures;
    }

    /** Why one component is not up. */
    public record Failure(Component component, String reason, Path log, String logTail) {

        @Override
        public String toString() {
            return component + ": " + reason + "\n  log: " + log
                    + (logTail.isBlank() ? "" : "\n  last lines:\n    " + logTail.replace("\n", "\n    "));
        }
    }
}
