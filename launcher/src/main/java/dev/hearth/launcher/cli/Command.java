package dev.hearth.launcher.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What one {@code ./hearth} invocation asks for. */
public sealed interface Command {

    /** {@code up [--no-build] [--build] [--free-ports] [--tuned]}. */
    record Up(boolean buildMissing, boolean forceBuild, boolean freePorts, boolean tuned) implements Command {
    }

    /** {@code down [--wipe]}. */
    record Down(boolean wipe) implements Command {
    }

    /** {@code status}. */
    record Status() implements Command {
    }

    /** {@code token USER [--role R]... [--ttl D] [--key FILE]}. */
    record Token(String user, List<String> roles, Duration ttl, Optional<Path> key) implements Command {
    }

    /** {@code events TOPIC [--from-beginning] [--follow] [--idle D]}. */
    record Events(String topic, boolean fromBeginning, boolean follow, Duration idle) implements Command {
    }

    /** {@code bench [options]}: the options go to the benchmark as they are. */
    record Bench(List<String> arguments) implements Command {

        public Bench {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code help}. */
    record Help() implements Command {
    }
}
