package dev.hearth.launcher.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command so that it ends when the launcher's JVM does: a small shell starts it, watches
 * its own stdin (a pipe whose other end only the launcher holds) and sends the command SIGTERM
 * when that pipe reaches end of file — which happens whenever the launcher dies, even by SIGKILL.
 * For Boot jars that cannot watch their stdin themselves; used only when the platform must not
 * outlive its starter (system tests). The trap is set before the command starts: a SIGTERM that
 * arrives while it is starting still reaches it.
 */
public final class ServiceWrapper {

    private static final String SCRIPT = """
            exec 3<&0 0</dev/null
            child= stopping=
            trap 'stopping=1; [ -n "$child" ] && kill -TERM "$child" 2>/dev/null' TERM INT HUP
            "$@" 3<&- &
            child=$!
            [ -n "$stopping" ] && kill -TERM "$child" 2>/dev/null
            ( cat <&3 >/dev/null; kill -TERM "$child" 2>/dev/null ) &
            exec 3<&-
            wait "$child"
            status=$?
            while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
            exit "$status"
            """;

    private ServiceWrapper() {
    }

    public static List<String> wrap(String name, List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", SCRIPT, "hearth-" + name));
        wrapped.addAll(command);
        return wrapped;
    }
}
