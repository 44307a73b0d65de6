package dev.hearth.launcher.process;

import dev.hearth.platform.local.ProcessControl;
import dev.hearth.platform.local.Tcp;
import java.util.OptionalLong;

/**
 * What a pid file says about a component: running, started but not answering, or stale.
 *
 * <p>A pid file is trusted only when its process is alive, still carries the component's marker
 * (the pid was not recycled by another program) and answers on the component's port.
 */
public enum RunState {
    /** Alive, ours, answering on its port. */
    RUNNING,
    /** Alive and ours, but its port is silent: hung or half-started; restart it. */
    NOT_ANSWERING,
    /** The pid file names a dead process, or one that is no longer ours: start afresh. */
    STALE,
    /** No pid file. */
    ABSENT;

    public static RunState of(PidFile pidFile, String marker, int port) {
        OptionalLong pid = pidFile.read();
        if (pid.isEmpty()) {
            return ABSENT;
        }
        if (!ProcessControl.isAlive(pid.getAsLong())
                || !ProcessControl.carriesMarker(pid.getAsLong(), marker).orElse(true)) {
            return STALE;
        }
        return Tcp.answers(port) ? RUNNING : NOT_ANSWERING;
    }
}
