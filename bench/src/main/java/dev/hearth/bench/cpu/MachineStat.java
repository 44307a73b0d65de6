package dev.hearth.bench.cpu;

/**
 * The first line of {@code /proc/stat}: every CPU's time summed, in clock ticks. Busy time is
 * user + nice + system + irq + softirq; idle and iowait are not work, steal is time the
 * hypervisor gave to someone else, and guest time is already inside user and nice.
 */
public record MachineStat(long user, long nice, long system, long idle, long iowait, long irq, long softirq, long steal) {

    public static MachineStat parse(String procStat) {
        for (String line : procStat.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] fields = line.trim().split("\\s+");
                return new MachineStat(field(fields, 1), field(fields, 2), field(fields, 3), field(fields, 4),
                        field(fields, 5), field(fields, 6), field(fields, 7), field(fields, 8));
            }
        }
        throw new IllegalArgumentException("no 'cpu ' line in /proc/stat");
    }

    public long busyTicks() {
        return user + nice + system + irq + softirq;
    }

    private static long field(String[] fields, int index) {
        return index < fields.length ? Long.parseLong(fields[index]) : 0;
    }
}
