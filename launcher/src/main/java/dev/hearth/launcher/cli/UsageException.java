package dev.hearth.launcher.cli;

/** The command line does not say something {@code ./hearth} understands. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
