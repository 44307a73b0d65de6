package dev.hearth.launcher.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines of the JVMs the launcher starts: the same Java, tagged so we know them later. */
public final class HostJvm {

    private HostJvm() {
    }

    /** The {@code java} of the running JVM, so every child runs on the Java the user chose. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The system property that marks a process as one component of one Hearth home; seen in
     * {@code ps} and checked before a pid from a pid file is signalled.
     */
    public static String marker(String component) {
        return "-Dhearth.component=" + component;
    }

    public static String homeMarker(Path home) {
        return "-Dhearth.home=" + home.toAbsolutePath();
    }

    /** {@code java <options> <markers> -cp <classpath> <main> <arguments>}. */
    public static List<String> command(String component, Path home, List<String> javaOptions, String classpath,
                                       Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(javaOptions);
        command.add(marker(component));
        command.add(homeMarker(home));
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        command.addAll(arguments);
        return command;
    }
}
