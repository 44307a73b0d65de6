package dev.hearth.launcher;

import dev.hearth.launcher.process.LogTail;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Causes of a failed start that a service's log names and a user can only fix one way: each is
 * recognised by a phrase its log carries, and answered with the exact step.
 */
final class StartHints {

    /** In commitment-service's guard migration (V100__no_promises_in_clear.sql) message. */
    static final String PROMISES_IN_CLEAR = "revision-1 promise events";

    private StartHints() {
    }

    /** The step for what {@code log} says went wrong, when it is a known cause. */
    static Optional<String> of(PlatformHome home, Path log) {
        if (LogTail.contains(log, PROMISES_IN_CLEAR)) {
            return Optional.of("this home holds promises written in clear before texts were sealed, which are wiped,"
                    + " not converted: run `" + hearth(home) + " down --wipe`, then `" + hearth(home) + " up`"
                    + " (with compose: `docker compose down -v`). Keys are kept; the data is lost.");
        }
        return Optional.empty();
    }

    // The command as the user must type it: --home only when the home is not the default one.
    private static String hearth(PlatformHome home) {
        boolean byDefault = home.root().equals(Path.of(".hearth").toAbsolutePath().normalize());
        return byDefault ? "./hearth" : "./hearth --home " + home.root();
    }
}
