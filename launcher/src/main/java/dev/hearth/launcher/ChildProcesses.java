package dev.hearth.launcher;

import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JvmFlags;
import dev.hearth.launcher.process.PidFile;
import dev.hearth.launcher.process.RunState;
import dev.hearth.platform.local.KafkaBrokerProcess;
import dev.hearth.platform.local.ParentWatchdog;
import dev.hearth.platform.local.ProcessControl;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes one platform starts: each with its log and pid file under the home, and — unless
 * detached — tied to this JVM by a lifeline, the write end of its stdin pipe, so it ends when this
 * JVM does. Also cleans up after a component whose pid file is stale or whose process hangs.
 */
final class ChildProcesses {

    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    static final Duration INFRASTRUCTURE_STOP_GRACE = Duration.ofSeconds(60);

    private final PlatformHome home;
    private final boolean detached;
    private final Progress progress;
    /** Attached mode: the write ends of the children's stdin pipes; closing one ends that child. */
    private final Map<Component, OutputStream> lifelines = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private final List<KafkaBrokerProcess> attachedBrokers = new ArrayList<>();

    ChildProcesses(PlatformHome home, boolean detached, Progress progress) {
        this.home = home;
        this.detached = detached;
        this.progress = progress;
    }

    boolean detached() {
        return detached;
    }

    /**
     * True when the component must be started: it does not run, or it runs with other JVM flags
     * than {@code wanted} (another profile), in which case it is stopped first.
     */
    boolean needsStart(Component component, int port, JvmFlags wanted) {
        PidFile pidFile = home.pidFile(component);
        if (RunState.of(pidFile, HostJvm.marker(component.processName()), port) != RunState.RUNNING) {
            return needsStart(component, port);
        }
        Optional<JvmFlags> running = JvmFlags.read(home.jvmFile(component));
        if (!JvmFlags.needsRestart(running, wanted)) {
            return false;
        }
        long pid = pidFile.read().orElseThrow();
        progress.say(component + ": runs with the " + running.map(JvmFlags::profile).orElse(JvmFlags.UNRECORDED_PROFILE)
                + " profile" + (running.isPresent() && running.get().profile().equals(wanted.profile())
                ? " but other flags" : "") + ": restarting it with the " + wanted.profile() + " profile");
        ProcessControl.stop(pid, stopGrace(component));
        pidFile.delete();
        JvmFlags.delete(home.jvmFile(component));
        release(component);
        return true;
    }

    /** Notes the flags a component was just started with, for the next {@code up} and for {@code status}. */
    void recordJvm(Component component, JvmFlags flags) {
        flags.write(home.jvmFile(component));
    }

    /** True when the component must be started; a stale or hung one is cleaned up first. */
    boolean needsStart(Component component, int port) {
        PidFile pidFile = home.pidFile(component);
        RunState state = RunState.of(pidFile, HostJvm.marker(component.processName()), port);
        switch (state) {
            case RUNNING -> {
                return false;
            }
            case NOT_ANSWERING -> {
                long pid = pidFile.read().orElseThrow();
                progress.say(component + ": pid " + pid + " runs but port " + port + " does not answer: restarting it");
                ProcessControl.stop(pid, stopGrace(component));
                pidFile.delete();
                JvmFlags.delete(home.jvmFile(component));
            }
            case STALE -> {
                pidFile.delete();
                JvmFlags.delete(home.jvmFile(component));
            }
            case ABSENT -> {
                // Nothing to clean up.
            }
        }
        return true;
    }

    private static Duration stopGrace(Component component) {
        return component.isService() ? SERVICE_STOP_GRACE : INFRASTRUCTURE_STOP_GRACE;
    }

    /** Starts {@code main} from {@code classpath} in a JVM of its own and records its pid. */
    Process startHostJvm(Component component, List<String> javaOptions, String classpath, Class<?> main,
                         List<String> arguments) {
        List<String> allArguments = new ArrayList<>(arguments);
        if (!detached) {
            allArguments.add(ParentWatchdog.FLAG);
        }
        List<String> command = HostJvm.command(component.processName(), home.root(), javaOptions, classpath, main,
                allArguments);
        Process process = launch(component, command, Map.of());
        home.pidFile(component).write(process.pid());
        return process;
    }

    /** Starts {@code command} in the home, its output appended to the component's log. */
    Process launch(Component component, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logFile(component).toFile()));
        builder.environment().putAll(environment);
        if (detached) {
            // Nothing of the launcher may stay attached to a process that outlives it.
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        try {
            Process process = builder.start();
            if (!detached) {
                lifelines.put(component, process.getOutputStream());
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + component + ": " + command.get(0), e);
        }
    }

    /** A broker this JVM started attached: stopped by {@link #stopAttachedBrokers()} too. */
    void attach(KafkaBrokerProcess broker) {
        if (!detached) {
            synchronized (attachedBrokers) {
                attachedBrokers.add(broker);
            }
        }
    }

    void stopAttachedBrokers() {
        synchronized (attachedBrokers) {
            attachedBrokers.forEach(KafkaBrokerProcess::stop);
            attachedBrokers.clear();
        }
    }

    /** Lets go of a stopped child's lifeline. */
    void release(Component component) {
        OutputStream lifeline = lifelines.remove(component);
        if (lifeline != null) {
            closeQuietly(lifeline);
        }
    }

    /** Closes every lifeline: each attached child still running ends. */
    void releaseAll() {
        synchronized (lifelines) {
            lifelines.values().forEach(ChildProcesses::closeQuietly);
            lifelines.clear();
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The child is gone already; nothing is left to tell it.
        }
    }
}
