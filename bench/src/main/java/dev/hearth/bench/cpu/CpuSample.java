package dev.hearth.bench.cpu;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The CPU counters at one moment, in clock ticks: the machine's busy time, the bench's own, and
 * each platform component's process tree with the root pids it was found under (a component
 * restarted between two samples has other roots, and its difference means nothing).
 */
public record CpuSample(long nanoTime, long machineBusyTicks, long benchTicks, Map<String, Component> components) {

    public record Component(Set<Long> roots, OptionalLong ticks) {
    }
}
