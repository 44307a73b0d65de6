package dev.hearth.bench.cpu;

import java.util.ArrayList;
import java.util.List;

/**
 * The CPU a measured window cost, per command answered 2xx: {@code (machine busy time − the
 * bench's own) / commands}, and the same for each component of the platform with its share of
 * that total. What no component accounts for (other programs, the kernel's interrupt work) is
 * {@code outside}; {@code processesMsPerCommand} is the components' sum alone, the figure to read
 * on a machine that other work shares. Times in milliseconds; NaN where a figure is not available.
 */
public record CpuAccount(double windowSeconds, long commands, double machineMs, double benchMs, double platformMs,
                         double msPerCommand, double cores, List<ProcessCpu> processes, double processesMsPerCommand,
                         double outsideMs, double outsideMsPerCommand, double outsideShare) {

    /** One component: its CPU in the window, per command, and its share of {@code machine − bench}. */
    public record ProcessCpu(String name, double ms, double msPerCommand, double share) {
    }

    public static CpuAccount between(CpuSample start, CpuSample end, long commands, long clockTicksPerSecond) {
        double msPerTick = 1000.0 / clockTicksPerSecond;
        double windowSeconds = (end.nanoTime() - start.nanoTime()) / 1e9;
        double machineMs = start.machineBusyTicks() < 0 || end.machineBusyTicks() < 0 ? Double.NaN
                : (end.machineBusyTicks() - start.machineBusyTicks()) * msPerTick;
        double benchMs = start.benchTicks() < 0 || end.benchTicks() < 0 ? Double.NaN
                : (end.benchTicks() - start.benchTicks()) * msPerTick;
        double platformMs = machineMs - benchMs;
        List<ProcessCpu> processes = new ArrayList<>();
        double attributed = 0;
        for (var entry : start.components().entrySet()) {
            CpuSample.Component before = entry.getValue();
            CpuSample.Component after = end.components().get(entry.getKey());
            double ms = Double.NaN;
            if (after != null && before.ticks().isPresent() && after.ticks().isPresent() && before.roots().equals(after.roots())) {
                ms = (after.ticks().getAsLong() - before.ticks().getAsLong()) * msPerTick;
                attributed += ms;
            }
            processes.add(new ProcessCpu(entry.getKey(), ms, perCommand(ms, commands), ms / platformMs));
        }
        double outsideMs = platformMs - attributed;
        return new CpuAccount(windowSeconds, commands, machineMs, benchMs, platformMs, perCommand(platformMs, commands),
                platformMs / 1000 / windowSeconds, List.copyOf(processes), perCommand(attributed, commands), outsideMs,
                perCommand(outsideMs, commands),
                outsideMs / platformMs);
    }

    private static double perCommand(double ms, long commands) {
        return commands > 0 ? ms / commands : Double.NaN;
    }
}
