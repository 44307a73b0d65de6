package dev.hearth.bench.cpu;

/**
 * The CPU fields of one {@code /proc/<pid>/stat} line, in clock ticks: the process's own user and
 * system time (all its threads) and that of its children it has waited for.
 */
public record ProcStat(long pid, long ppid, long utime, long stime, long cutime, long cstime) {

    /**
     * Parses a stat line. The command name (field 2) is in parentheses and may itself hold spaces
     * and parentheses, so the fields are counted from the last ')'.
     */
    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        long pid = Long.parseLong(line.substring(0, open).trim());
        // After ')': state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10)
        // cminflt(11) majflt(12) cmajflt(13) utime(14) stime(15) cutime(16) cstime(17) …
        String[] rest = line.substring(close + 1).trim().split("\\s+");
        if (rest.length < 15) {
            throw new IllegalArgumentException("a /proc/<pid>/stat line too short: " + line);
        }
        return new ProcStat(pid, Long.parseLong(rest[1]), Long.parseLong(rest[11]), Long.parseLong(rest[12]),
                Long.parseLong(rest[13]), Long.parseLong(rest[14]));
    }

    /** The process's own CPU time. */
    public long ownTicks() {
        return utime + stime;
    }

    /** Its own CPU time and that of the children it reaped (where an ended child's time goes). */
    public long treeTicks() {
        return utime + stime + cutime + cstime;
    }
}
