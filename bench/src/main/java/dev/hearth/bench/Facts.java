package dev.hearth.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What a result depends on: the machine, the services' JVM flags, the size of the event stores. */
final class Facts {

    static final List<String> DATABASES = List.of("hearth_journal", "hearth_commitment");
    private static final List<String> SERVICES = List.of("journal-service", "commitment-service", "insights-service", "gateway");

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

    static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        String load = read(Path.of("/proc/loadavg")).trim();
        return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + memory + " memory, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), load average at start "
                + (load.isEmpty() ? "?" : String.join(" ", List.of(load.split(" ")).subList(0, 3)));
    }

    /** The JVM options (those starting with -X) of each service of the platform in {@code home}, read from /proc. */
    static Map<String, String> serviceJvmFlags(Path home) {
        Map<String, String> flags = new LinkedHashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                byte[] raw;
                try {
                    raw = Files.readAllBytes(process.resolve("cmdline"));
                } catch (IOException e) {
                    continue;
                }
                List<String> args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
                if (args.isEmpty() || !args.get(0).endsWith("java") || !args.contains("-Dhearth.home=" + home)) {
                    continue;
                }
                String joined = String.join(" ", args);
                for (String service : SERVICES) {
                    if (joined.contains("/" + service + "-") || joined.contains("/" + service + "/")) {
                        List<String> options = new ArrayList<>();
                        args.stream().filter(arg -> arg.startsWith("-X")).forEach(options::add);
                        flags.putIfAbsent(service, String.join(" ", options));
                    }
                }
            }
        } catch (IOException e) {
            flags.put("?", "cannot read /proc: " + e.getMessage());
        }
        return flags;
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
