package dev.hearth.launcher.cli;

import dev.hearth.launcher.kafka.ConsoleEvents;
import dev.hearth.launcher.keys.LocalTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code ./hearth} arguments. {@code --home DIR} may appear anywhere; {@code --} ends the
 * options (for a user id that starts with a dash). {@code bench} takes the benchmark's own options
 * unparsed.
 */
public final class CommandLine {

    /** Roles a local token may carry besides {@code member}, which every token has. */
    public static final Set<String> ROLES = Set.of("member", "analyst", "admin");
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(-?\\d+)(ms|s|m|h|d)");

    private CommandLine() {
    }

    /** A parsed invocation: the command, and the home folder when {@code --home} was given. */
    public record Invocation(Command command, Optional<Path> home) {
    }

    public static Invocation parse(List<String> arguments) {
        List<String> rest = new ArrayList<>();
        @Nullable Path home = null;
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!optionsEnded && argument.equals("--home")) {
                home = Path.of(valueOf(arguments, ++i, "--home"));
            } else if (!optionsEnded && argument.startsWith("--home=")) {
                home = Path.of(argument.substring("--home=".length()));
            } else {
                if (argument.equals("--")) {
                    optionsEnded = true;
                }
                rest.add(argument);
            }
        }
        if (rest.isEmpty()) {
            return new Invocation(new Command.Help(), Optional.ofNullable(home));
        }
        String name = rest.get(0);
        List<String> options = rest.subList(1, rest.size());
        Command command = switch (name) {
            case "up" -> up(options);
            case "down" -> down(options);
            case "status" -> noOptions("status", options, new Command.Status());
            case "token" -> token(options);
            case "events" -> events(options);
            case "bench" -> new Command.Bench(options);
            case "help", "--help", "-h" -> new Command.Help();
            default -> throw new UsageException("unknown command '" + name + "'");
        };
        return new Invocation(command, Optional.ofNullable(home));
    }

    private static Command up(List<String> options) {
        boolean buildMissing = true;
        boolean forceBuild = false;
        boolean freePorts = false;
        boolean tuned = false;
        for (String option : options) {
            switch (option) {
                case "--no-build" -> buildMissing = false;
                case "--build" -> forceBuild = true;
                case "--free-ports" -> freePorts = true;
                case "--tuned" -> tuned = true;
                default -> throw new UsageException("up: unknown option '" + option + "'");
            }
        }
        if (forceBuild && !buildMissing) {
            throw new UsageException("up: --build and --no-build contradict each other");
        }
        return new Command.Up(buildMissing, forceBuild, freePorts, tuned);
    }

    private static Command down(List<String> options) {
        boolean wipe = false;
        for (String option : options) {
            if (!option.equals("--wipe")) {
                throw new UsageException("down: unknown option '" + option + "'");
            }
            wipe = true;
        }
        return new Command.Down(wipe);
    }

    private static Command noOptions(String command, List<String> options, Command parsed) {
        if (!options.isEmpty()) {
            throw new UsageException(command + ": unexpected '" + options.get(0) + "'");
        }
        return parsed;
    }

    private static Command token(List<String> options) {
        @Nullable String user = null;
        List<String> roles = new ArrayList<>();
        Duration ttl = LocalTokens.DEFAULT_TTL;
        @Nullable Path key = null;
        boolean optionsEnded = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!optionsEnded && option.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && option.equals("--role")) {
                roles.add(role(valueOf(options, ++i, "--role")));
            } else if (!optionsEnded && option.equals("--ttl")) {
                ttl = duration(valueOf(options, ++i, "--ttl"), "--ttl");
            } else if (!optionsEnded && option.equals("--key")) {
                key = Path.of(valueOf(options, ++i, "--key"));
            } else if (!optionsEnded && option.startsWith("--")) {
                throw new UsageException("token: unknown option '" + option + "'");
            } else if (user == null) {
                user = option;
            } else {
                throw new UsageException("token: one user only (got '" + user + "' and '" + option + "')");
            }
        }
        if (user == null || user.isEmpty()) {
            throw new UsageException("token: which user? ./hearth token USER");
        }
        return new Command.Token(user, List.copyOf(roles), ttl, Optional.ofNullable(key));
    }

    private static Command events(List<String> options) {
        @Nullable String topic = null;
        boolean fromBeginning = false;
        boolean follow = false;
        Duration idle = ConsoleEvents.DEFAULT_IDLE;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--from-beginning" -> fromBeginning = true;
                case "--follow" -> follow = true;
                case "--idle" -> idle = duration(valueOf(options, ++i, "--idle"), "--idle");
                default -> {
                    if (option.startsWith("--") || topic != null) {
                        throw new UsageException("events: unexpected '" + option + "'");
                    }
                    topic = option;
                }
            }
        }
        if (topic == null) {
            throw new UsageException("events: which topic? e.g. ./hearth events hearth.commitments.v1 --from-beginning");
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new UsageException("events: --idle must be positive");
        }
        return new Command.Events(topic, fromBeginning, follow, idle);
    }

    private static String role(String role) {
        String normalized = role.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(normalized)) {
            throw new UsageException("token: unknown role '" + role + "' (roles: analyst, admin; member is implied)");
        }
        return normalized;
    }

    /** {@code 90s}, {@code 15m}, {@code 12h}, {@code 7d}, {@code 500ms}, or ISO-8601 ({@code PT12H}); may be negative. */
    static Duration duration(String text, String option) {
        Matcher simple = SIMPLE_DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": '" + text + "' is not a duration (e.g. 30m, 12h, 7d)");
        }
    }

    private static String valueOf(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(index);
    }
}
