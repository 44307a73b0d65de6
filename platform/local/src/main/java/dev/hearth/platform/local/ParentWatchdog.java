package dev.hearth.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Ends a host JVM when its parent dies. The parent holds the write end of our stdin and never
 * writes: end of file (or a broken pipe) means it is gone, however it ended, even by SIGKILL.
 * The exit runs the shutdown hooks, so servers stop cleanly; a halt follows if they hang.
 */
public final class ParentWatchdog {

    public static final String FLAG = "--exit-on-stdin-eof";

    private ParentWatchdog() {
    }

    public static void watch(InputStream stdin, String what, Duration haltAfter) {
        Thread watchdog = new Thread(() -> {
            try {
                byte[] buffer = new byte[256];
                while (stdin.read(buffer) >= 0) {
                    // The parent never writes; anything it might send is ignored.
                }
            } catch (IOException e) {
                // A broken pipe means the same as end of file: the parent is gone.
            }
            System.err.println("parent process gone (stdin closed): stopping " + what);
            Thread halter = new Thread(() -> {
                sleep(haltAfter);
                Runtime.getRuntime().halt(1);
            }, what + "-halter");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, what + "-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
