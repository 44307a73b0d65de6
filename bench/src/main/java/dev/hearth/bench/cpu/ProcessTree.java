package dev.hearth.bench.cpu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One moment's processes, by pid, with their parents. The CPU of a component is that of its
 * process tree: every live descendant's own time, plus what each of them (roots included) has
 * collected from children that ended and were reaped — so a PostgreSQL backend that comes and
 * goes inside a window is still counted, in the postmaster's {@code cutime}.
 */
public final class ProcessTree {

    private final Map<Long, ProcStat> byPid = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    public ProcessTree(Collection<ProcStat> processes) {
        for (ProcStat process : processes) {
            byPid.put(process.pid(), process);
            children.computeIfAbsent(process.ppid(), parent -> new ArrayList<>()).add(process.pid());
        }
    }

    public OptionalLong ownTicks(long pid) {
        ProcStat process = byPid.get(pid);
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.ownTicks());
    }

    /** The pids of the roots that are alive now, and all their descendants, each once. */
    public Set<Long> members(Collection<Long> roots) {
        Set<Long> members = new HashSet<>();
        Deque<Long> open = new ArrayDeque<>();
        roots.stream().filter(byPid::containsKey).forEach(open::add);
        while (!open.isEmpty()) {
            long pid = open.pop();
            if (members.add(pid)) {
                open.addAll(children.getOrDefault(pid, List.of()));
            }
        }
        return members;
    }

    /** The CPU ticks of the trees under {@code roots}; empty when none of the roots is alive. */
    public OptionalLong treeTicks(Collection<Long> roots) {
        Set<Long> members = members(roots);
        if (members.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(members.stream().mapToLong(pid -> byPid.get(pid).treeTicks()).sum());
    }
}
