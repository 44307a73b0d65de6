package dev.hearth.bench.cpu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/** Takes {@link CpuSample}s of the machine, the bench and the platform's components. */
public final class CpuSampler {

    private final ProcFs proc;
    private final Supplier<Map<String, Set<Long>>> componentRoots;
    private final long benchPid;
    private final Supplier<Long> clock;

    /**
     * @param componentRoots each component's root pids, read afresh at every sample (pid files)
     * @param benchPid       the bench's own JVM, whose CPU is not the platform's
     */
    public CpuSampler(ProcFs proc, Supplier<Map<String, Set<Long>>> componentRoots, long benchPid, Supplier<Long> clock) {
        this.proc = proc;
        this.componentRoots = componentRoots;
        this.benchPid = benchPid;
        this.clock = clock;
    }

    public CpuSample sample() {
        long now = clock.get();
        long machine = proc.read(Path.of("/proc/stat")).map(MachineStat::parse).map(MachineStat::busyTicks).orElse(-1L);
        List<ProcStat> processes = new ArrayList<>();
        for (long pid : proc.pids()) {
            proc.read(Path.of("/proc", Long.toString(pid), "stat")).ifPresent(line -> {
                try {
                    processes.add(ProcStat.parse(line.trim()));
                } catch (RuntimeException e) {
                    // A line we cannot read is a process we cannot account for; the rest still are.
                }
            });
        }
        ProcessTree tree = new ProcessTree(processes);
        Map<String, CpuSample.Component> components = new LinkedHashMap<>();
        componentRoots.get().forEach((name, roots) -> components.put(name,
                new CpuSample.Component(Set.copyOf(roots), roots.isEmpty() ? OptionalLong.empty() : tree.treeTicks(roots))));
        return new CpuSample(now, machine, tree.ownTicks(benchPid).orElse(-1L), components);
    }
}
