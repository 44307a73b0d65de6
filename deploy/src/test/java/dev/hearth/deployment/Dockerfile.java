package dev.hearth.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Dockerfile's instructions, continuation lines joined and comments dropped, as written or as
 * Docker builds them for given build arguments ({@link #build}).
 */
record Dockerfile(String path, List<Instruction> instructions) {

    /** The one Dockerfile of the four applications. */
    static final String PATH = "deploy/Dockerfile";

    /** Instructions whose {@code ${NAME}} Docker replaces while building; the others leave them to the shell at run time. */
    private static final Set<String> EXPANDED_AT_BUILD = Set.of(
            "ADD", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ONBUILD");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern ENV_ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S*)");

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile load() {
        return parse(PATH, Repository.read(PATH));
    }

    /** The image of one application, built with the arguments docker-compose.yml gives it. */
    static Dockerfile forService(String service) {
        return load().build(ComposeFile.load().service(service).buildArgs());
    }

    static Dockerfile parse(String path, String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String instruction = pending.toString().strip();
            pending.setLength(0);
            int space = instruction.indexOf(' ');
            instructions.add(new Instruction(instruction.substring(0, space).toUpperCase(Locale.ROOT),
                    instruction.substring(space + 1).strip()));
        }
        return new Dockerfile(path, instructions);
    }

    /** The build arguments declared after {@code FROM}, with their defaults ({@code null} when none). */
    Map<String, @Nullable String> arguments() {
        Map<String, @Nullable String> arguments = new LinkedHashMap<>();
        for (String argument : all("ARG")) {
            int equals = argument.indexOf('=');
            arguments.put(equals < 0 ? argument : argument.substring(0, equals), equals < 0 ? null : argument.substring(equals + 1));
        }
        return arguments;
    }

    /**
     * The instructions as Docker builds them with these arguments: each {@code ${NAME}} of a declared
     * argument (given, else its default) or of an earlier {@code ENV} is replaced in the instructions
     * Docker expands at build time. A variable with no value, or an argument the file does not
     * declare, fails: Docker would silently build with an empty string or ignore it.
     */
    Dockerfile build(Map<String, String> given) {
        Map<String, @Nullable String> declared = arguments();
        for (String name : given.keySet()) {
            if (!declared.containsKey(name)) {
                throw new AssertionError(path + " declares no build argument " + name);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Instruction> built = new ArrayList<>();
        for (Instruction instruction : instructions) {
            String arguments = EXPANDED_AT_BUILD.contains(instruction.keyword())
                    ? expand(instruction.arguments(), values) : instruction.arguments();
            if (instruction.keyword().equals("ARG")) {
                String name = arguments.contains("=") ? arguments.substring(0, arguments.indexOf('=')) : arguments;
                @Nullable String value = given.containsKey(name) ? given.get(name) : declared.get(name);
                if (value != null) {
                    values.put(name, value);
                }
            } else if (instruction.keyword().equals("ENV")) {
                Matcher entry = ENV_ENTRY.matcher(arguments);
                while (entry.find()) {
                    values.put(entry.group(1), entry.group(2));
                }
            }
            built.add(new Instruction(instruction.keyword(), arguments));
        }
        return new Dockerfile(path + " " + given, built);
    }

    /** The arguments of every instruction with this keyword, in order. */
    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The arguments of the one instruction with this keyword. */
    String only(String keyword) {
        List<String> found = all(keyword);
        if (found.size() != 1) {
            throw new AssertionError(path + " has " + found.size() + " " + keyword + " instructions, not one");
        }
        return found.get(0);
    }

    /** {@code ENV A=1 B=2} as {@code {A=1, B=2}}, every ENV instruction in order. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String env : all("ENV")) {
            Matcher entry = ENV_ENTRY.matcher(env);
            while (entry.find()) {
                environment.put(entry.group(1), entry.group(2));
            }
        }
        return environment;
    }

    private String expand(String text, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            if (value == null) {
                throw new AssertionError(path + ": ${" + variable.group(1) + "} has no value in: " + text);
            }
            variable.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(expanded).toString();
    }
}
