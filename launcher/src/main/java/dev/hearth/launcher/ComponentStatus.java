package dev.hearth.launcher;

import java.util.OptionalLong;

/**
 * One line of {@code ./hearth status}.
 *
 * @param profile the JVM profile the component runs with ({@code start-up}, {@code tuned}, {@code custom}),
 *                or {@code -} when it does not run or has none (PostgreSQL is native)
 */
public record ComponentStatus(Component component, OptionalLong pid, int port, Health health, String profile,
                              String detail) {

    /** UP: running and healthy; DOWN: its process runs but does not answer or is not ready; STOPPED: no process. */
    public enum Health { UP, DOWN, STOPPED }
}
