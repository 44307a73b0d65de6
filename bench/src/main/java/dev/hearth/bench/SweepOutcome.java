package dev.hearth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A sweep's steps and its sustainable rate: the highest offered rate whose step was sustainable
 * (NaN when none was). {@code notes} say when that answer deserves doubt: a step below it that
 * failed, or a busy machine.
 */
record SweepOutcome(Goals goals, List<Measured> steps, double sustainableCommandsPerSecond, @Nullable String sustainableStep,
                    List<String> notes) {

    static SweepOutcome of(Goals goals, List<Measured> steps) {
        Measured best = null;
        for (Measured step : steps) {
            if (step.verdict().sustainable() && (best == null || step.offeredCommandsPerSecond() > best.offeredCommandsPerSecond())) {
                best = step;
            }
        }
        List<String> notes = new ArrayList<>();
        if (best != null) {
            double sustainable = best.offeredCommandsPerSecond();
            steps.stream().filter(step -> step.offeredCommandsPerSecond() < sustainable && !step.verdict().sustainable())
                    .forEach(step -> notes.add(String.format(Locale.ROOT,
                            "%s (%.0f commands/s) was not sustainable although a higher rate was: noise, or a busy machine",
                            step.label(), step.offeredCommandsPerSecond())));
        }
        steps.stream().filter(step -> step.others().busy())
                .forEach(step -> notes.add(step.label() + ": " + step.others().describe()));
        return new SweepOutcome(goals, List.copyOf(steps), best == null ? Double.NaN : best.offeredCommandsPerSecond(),
                best == null ? null : best.label(), List.copyOf(notes));
    }

    /** Stop when the last {@code stopAfter} steps were all unsustainable: higher rates only grow the backlog. */
    static boolean shouldStop(List<Measured> steps, int stopAfter) {
        if (steps.size() < stopAfter) {
            return false;
        }
        return steps.subList(steps.size() - stopAfter, steps.size()).stream().noneMatch(step -> step.verdict().sustainable());
    }
}
