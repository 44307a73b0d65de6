package dev.hearth.bench;

import dev.hearth.bench.cpu.ProcFs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The root pids of each component of the platform in a home: {@code run/<name>.pid} (the JVM the
 * launcher started), and for PostgreSQL also the postmaster of {@code postgres/data/postmaster.pid},
 * which pg_ctl detached from its host JVM. A pid is taken only while its command line names the
 * home, so a stale pid file whose number now belongs to another program is not counted.
 */
final class PlatformProcesses {

    /** In the order of the report: the request path first, then the infrastructure. */
    static final List<String> COMPONENTS = List.of("gateway", "journal-service", "commitment-service", "insights-service",
            "kafka", "postgres", "mongo");

    private final Path home;
    private final ProcFs proc;

    PlatformProcesses(Path home, ProcFs proc) {
        this.home = home;
        this.proc = proc;
    }

    Map<String, Set<Long>> roots() {
        Map<String, Set<Long>> roots = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            Set<Long> pids = new LinkedHashSet<>();
            pidIn(home.resolve("run").resolve(component + ".pid")).filter(this::belongsToHome).ifPresent(pids::add);
            if (component.equals("postgres")) {
                pidIn(home.resolve("postgres").resolve("data").resolve("postmaster.pid")).filter(this::belongsToHome)
                        .ifPresent(pids::add);
            }
            roots.put(component, pids);
        }
        return roots;
    }

    private Optional<Long> pidIn(Path file) {
        return proc.read(file).flatMap(text -> {
            String first = text.strip().split("\n", 2)[0].strip();
            try {
                return Optional.of(Long.parseLong(first));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private boolean belongsToHome(long pid) {
        return proc.read(Path.of("/proc", Long.toString(pid), "cmdline"))
                .map(cmdline -> cmdline.replace('\0', ' ').contains(home.toString()))
                .orElse(false);
    }
}
