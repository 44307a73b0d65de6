package dev.hearth.launcher;

import java.util.OptionalLong;

/** One line of {@code ./hearth status}. */
public record ComponentStatus(Component component, OptionalLong pid, int port, Health health, String detail) {

    /** UP: running and healthy; DOWN: its process runs but does not answer or is not ready; STOPPED: no process. */
    public enum Health { UP, DOWN, STOPPED }
}
