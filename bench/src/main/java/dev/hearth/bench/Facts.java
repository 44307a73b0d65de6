package dev.hearth.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** What a result depends on: the machine, the platform's JVM flags, the size of the event stores. */
final class Facts {

    static final List<String> DATABASES = List.of("hearth_journal", "hearth_commitment");

    private Facts() {
    }

    /** Events in both write services' stores ({@code domainevententry}), or -1 if unreachable. */
    static long storeEvents(String host, int port) {
        long total = 0;
        for (String database : DATABASES) {
            Properties credentials = new Properties();
            credentials.setProperty("user", "postgres");
            credentials.setProperty("password", "postgres");
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, credentials);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from domainevententry")) {
                rows.next();
                total += rows.getLong(1);
            } catch (SQLException e) {
                System.err.println("bench: cannot count the events of " + database + ": " + e.getMessage());
                return -1;
            }
        }
        return total;
    }

    /** {@link #storeEvents(String, int)} of the platform the options point at. */
    static long storeEvents(BenchOptions options) {
        return storeEvents(options.jdbcHost(), options.postgresPort());
    }

    static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        String load = read(Path.of("/proc/loadavg")).trim();
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + memory + " memory, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), load average at start "
                + (load.isEmpty() ? "?" : String.join(" ", List.of(load.split(" ")).subList(0, 3)));
    }

    /**
     * The JVM options (those starting with -X) of each component's root processes, read from
     * {@code /proc/<pid>/cmdline}; processes that are not JVMs (the postmaster) are left out.
     */
    static Map<String, String> jvmFlags(Map<String, Set<Long>> roots) {
        Map<String, String> flags = new LinkedHashMap<>();
        roots.forEach((component, pids) -> {
            for (long pid : pids) {
                byte[] raw;
                try {
                    raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
                } catch (IOException e) {
                    continue;
                }
                List<String> args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
                if (!args.isEmpty() && args.get(0).endsWith("java")) {
                    flags.putIfAbsent(component, String.join(" ", args.stream().filter(arg -> arg.startsWith("-X")).toList()));
                }
            }
            flags.putIfAbsent(component, pids.isEmpty() ? "not running (no live pid file in the home)" : "?");
        });
        return flags;
    }

    /** The kernel's clock ticks per second (USER_HZ), the unit of /proc's CPU times; 100 if getconf is missing. */
    static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (getconf.waitFor() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | NumberFormatException e) {
            // The usual value on Linux.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }

    static String loadAverage() {
        return read(Path.of("/proc/loadavg"));
    }

    private static String firstValue(Path file, String key) {
        for (String line : read(file).split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "?";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
