package dev.hearth.launcher;

import dev.hearth.platform.local.ProcessControl;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** The progress lines of {@code up} and {@code down}, one per component and step, in columns. */
final class Progress {

    private final Consumer<String> sink;

    Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    void say(String line) {
        sink.accept(line);
    }

    void running(Component component, OptionalLong pid, int port) {
        say(line(component, "running", pid, port, "(already)"));
    }

    void started(Component component, long pid, int port, long beganNanos) {
        say(line(component, "started", OptionalLong.of(pid), port, seconds(beganNanos)));
    }

    void stopped(Component component, long pid, ProcessControl.Stopped stopped, Duration grace, long beganNanos) {
        boolean killed = stopped == ProcessControl.Stopped.KILLED;
        say(String.format(Locale.ROOT, "%-19s %-8s pid %-7d %s", component, killed ? "KILLED" : "stopped", pid,
                killed ? "(no exit within " + grace.toSeconds() + " s of SIGTERM)" : seconds(beganNanos)));
    }

    private static String line(Component component, String what, OptionalLong pid, int port, String detail) {
        return String.format(Locale.ROOT, "%-19s %-8s pid %-7s port %-6d %s", component, what,
                pid.isPresent() ? Long.toString(pid.getAsLong()) : "-", port, detail).stripTrailing();
    }

    private static String seconds(long beganNanos) {
        return String.format(Locale.ROOT, "(%.1f s)", (System.nanoTime() - beganNanos) / 1e9);
    }
}
