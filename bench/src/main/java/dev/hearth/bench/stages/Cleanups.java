package dev.hearth.bench.stages;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drops the scratch places a stage created: when the stage ends, or — if the bench is stopped
 * with Ctrl-C meanwhile — from a shutdown hook, so no scratch database or topic is left behind.
 */
public final class Cleanups {

    public interface Action {
        void run() throws Exception;
    }

    private final Deque<Named> pending = new ArrayDeque<>();

    private record Named(String what, Action action) {
    }

    public Cleanups() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::runAll, "bench-cleanups"));
    }

    /** Registers a cleanup; run it (and forget it) with the returned handle. */
    public synchronized Runnable register(String what, Action action) {
        Named named = new Named(what, action);
        pending.push(named);
        return () -> {
            boolean mine;
            synchronized (this) {
                mine = pending.remove(named);
            }
            if (mine) {
                run(named);
            }
        };
    }

    public void runAll() {
        while (true) {
            Named next;
            synchronized (this) {
                next = pending.poll();
            }
            if (next == null) {
                return;
            }
            run(next);
        }
    }

    private static void run(Named named) {
        try {
            named.action().run();
        } catch (Exception e) {
            System.err.println("bench: could not drop " + named.what() + ": " + e.getMessage());
        }
    }
}
