package dev.hearth.launcher;

import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JvmFlags;
import dev.hearth.launcher.process.PidFile;
import dev.hearth.platform.local.Postmaster;
import dev.hearth.platform.local.ProcessControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * {@code down}: stops by pid — the services together, then Kafka, then PostgreSQL (fast shutdown),
 * the Mongo server last, since its store commits in the background — each with SIGTERM and a
 * bounded wait, then SIGKILL. A pid is signalled only while its process still carries the
 * component's marker.
 */
record Shutdown(PlatformHome home, ChildProcesses children, Progress progress) {

    /** Stops everything; {@code wipe} then deletes the data, logs and run records (the key pair stays). */
    void run(boolean wipe) {
        List<Component> servicesLastFirst = new ArrayList<>(Component.services());
        Collections.reverse(servicesLastFirst);
        CompletableFuture.allOf(servicesLastFirst.stream()
                .map(service -> CompletableFuture.runAsync(() -> stop(service, ChildProcesses.SERVICE_STOP_GRACE),
                        Waiters.POOL))
                .toArray(CompletableFuture[]::new)).join();
        stop(Component.KAFKA, ChildProcesses.INFRASTRUCTURE_STOP_GRACE);
        children.stopAttachedBrokers();
        stop(Component.POSTGRES, ChildProcesses.INFRASTRUCTURE_STOP_GRACE.multipliedBy(2));
        Postmaster.Leftover leftover = Postmaster.stopLeftover(home.postgresData(), ChildProcesses.INFRASTRUCTURE_STOP_GRACE);
        if (leftover != Postmaster.Leftover.NONE) {
            progress.say("postgres: a server still ran on " + home.postgresData() + ": " + leftover);
        }
        stop(Component.MONGO, ChildProcesses.INFRASTRUCTURE_STOP_GRACE);
        children.releaseAll();
        if (wipe) {
            home.wipeData();
            progress.say("wiped the data, logs and run records under " + home.root() + " (keys kept)");
        }
    }

    private void stop(Component component, Duration grace) {
        PidFile pidFile = home.pidFile(component);
        OptionalLong pid = pidFile.read();
        if (pid.isEmpty()) {
            JvmFlags.delete(home.jvmFile(component));
            return;
        }
        long id = pid.getAsLong();
        if (!ProcessControl.isAlive(id)
                || !ProcessControl.carriesMarker(id, HostJvm.marker(component.processName())).orElse(true)) {
            pidFile.delete();
            JvmFlags.delete(home.jvmFile(component));
            return;
        }
        long began = System.nanoTime();
        ProcessControl.Stopped stopped = ProcessControl.stop(id, grace);
        pidFile.delete();
        JvmFlags.delete(home.jvmFile(component));
        progress.stopped(component, id, stopped, grace, began);
        children.release(component);
    }
}
