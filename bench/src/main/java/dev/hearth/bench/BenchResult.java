package dev.hearth.bench;

import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.StageResult;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The whole result, as {@code --json} writes it (the components in this order). */
record BenchResult(String date, String machine, int cores, long clockTicksPerSecond, LoadCheck loadAtStart,
                   BenchOptions options, Map<String, String> jvmFlags, long storeEventsAtStart, @Nullable Seeding seeding,
                   List<StageResult> stages, @Nullable PipelineRatio pipelineRatio, List<Measured> runs,
                   @Nullable SweepOutcome sweep, long storeEventsAtEnd, List<ViewDocuments.Largest> viewDocuments,
                   List<String> warnings) {
}
