package dev.hearth.bench;

import dev.hearth.bench.stages.Cleanups;
import dev.hearth.bench.stages.KafkaStage;
import dev.hearth.bench.stages.MongoUpsertStage;
import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.PostgresAppendStage;
import dev.hearth.bench.stages.StageResult;
import dev.hearth.platform.local.PostgresProbe;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code --stages}: the raw stages on the platform's own servers, and the pipeline's rate against the slowest of them. */
final class RawStages {

    private static final int KAFKA_VALUE_BYTES = 600;

    private RawStages() {
    }

    /** Each stage in turn on scratch places named after the run, dropped afterwards. */
    static List<StageResult> run(BenchOptions options, String runId) {
        Cleanups cleanups = new Cleanups();
        List<StageResult> results = new ArrayList<>();
        System.out.printf("stages: %.0f s each, %d workers, batches of %d, on scratch places named *%s*%n",
                options.stageDuration().toMillis() / 1e3, options.stageConcurrency(), options.stageBatch(), runId);
        results.addAll(new PostgresAppendStage(options.jdbcHost(), options.postgresPort(), PostgresProbe.USER, PostgresProbe.PASSWORD,
                runId, cleanups).run(options.stageDuration(), options.stageConcurrency(), options.stageBatch(), "hearth_commitment"));
        results.add(new KafkaStage(options.kafkaBootstrap(), runId, cleanups).run(options.stageDuration(), KAFKA_VALUE_BYTES));
        results.addAll(new MongoUpsertStage(options.mongoUri(), runId, cleanups)
                .run(options.stageDuration(), options.stageConcurrency(), options.stageBatch()));
        cleanups.runAll();
        return results;
    }

    /** Against the sweep's sustainable rate, or, without a sweep, the median completed rate of the runs. */
    static @Nullable PipelineRatio ratio(List<StageResult> stages, List<Measured> runs, @Nullable SweepOutcome sweep) {
        if (stages.isEmpty()) {
            return null;
        }
        if (sweep != null) {
            return PipelineRatio.of(sweep.sustainableCommandsPerSecond(), "sustainable rate of the sweep", stages).orElse(null);
        }
        double completed = AcrossRuns.of(runs.stream().map(run -> run.figures().completedPerSecond()).toList()).median();
        return PipelineRatio.of(completed, "median completed rate of the runs (not a sustainable rate: no --sweep)", stages)
                .orElse(null);
    }
}
