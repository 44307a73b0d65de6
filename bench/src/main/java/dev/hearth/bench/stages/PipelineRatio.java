package dev.hearth.bench.stages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline's rate over its slowest stage's: how much of what the servers can do alone the
 * whole platform turns into commands. {@code basis} says which rate stands for the pipeline (the
 * sweep's sustainable rate, or a run's completed rate when there was no sweep).
 */
public record PipelineRatio(double commandsPerSecond, String basis, String slowestStage, double slowestOpsPerSecond,
                            double ratio) {

    public static Optional<PipelineRatio> of(double commandsPerSecond, String basis, List<StageResult> stages) {
        if (Double.isNaN(commandsPerSecond)) {
            return Optional.empty();
        }
        return stages.stream()
                .filter(StageResult::pipeline)
                .filter(stage -> stage.opsPerSecond() > 0 && Double.isFinite(stage.opsPerSecond()))
                .min(Comparator.comparingDouble(StageResult::opsPerSecond))
                .map(slowest -> new PipelineRatio(commandsPerSecond, basis, slowest.name(), slowest.opsPerSecond(),
                        commandsPerSecond / slowest.opsPerSecond()));
    }
}
