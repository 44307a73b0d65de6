package dev.hearth.bench.cpu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A /proc made of sample text: files by path, and the pids that have a stat file. */
public final class ProcFsFake implements ProcFs {

    private final Map<Path, String> files = new LinkedHashMap<>();

    public ProcFsFake file(String path, String text) {
        files.put(Path.of(path), text);
        return this;
    }

    /** A process's stat line: pid, name, parent and its four CPU fields (ticks). */
    public ProcFsFake process(long pid, String name, long ppid, long utime, long stime, long cutime, long cstime) {
        return file("/proc/" + pid + "/stat", stat(pid, name, ppid, utime, stime, cutime, cstime));
    }

    public ProcFsFake gone(long pid) {
        files.remove(Path.of("/proc/" + pid + "/stat"));
        return this;
    }

    public static String stat(long pid, String name, long ppid, long utime, long stime, long cutime, long cstime) {
        return pid + " (" + name + ") S " + ppid + " " + pid + " " + pid + " 0 -1 4194560 2400 0 0 0 " + utime + " " + stime + " "
                + cutime + " " + cstime + " 20 0 31 0 163939 3937017856 61047 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0"
                + " 17 1 0 0 0 0 0\n";
    }

    @Override
    public Optional<String> read(Path file) {
        return Optional.ofNullable(files.get(file));
    }

    @Override
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Path path : files.keySet()) {
            if (path.getNameCount() == 3 && path.getName(0).toString().equals("proc") && path.getName(2).toString().equals("stat")) {
                pids.add(Long.parseLong(path.getName(1).toString()));
            }
        }
        return pids;
    }
}
