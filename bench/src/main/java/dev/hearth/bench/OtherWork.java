package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What other programs and the kernel took of the machine during a measured window, in cores: its busy
 * time less the bench's and the platform's processes' ({@link CpuAccount#outsideMs()}). This, not the
 * load average before a step, says whether something else shared the machine: right after the sweep's
 * warm-up or the step before, the 1-minute load carries the bench's own load (12–19 on two cores after
 * the warm-up, with nothing else running), so it flagged every step of every sweep.
 */
record OtherWork(double cores, double limit, boolean busy) {

    static OtherWork of(@Nullable CpuAccount account, double limit) {
        double cores = account == null ? Double.NaN : account.outsideMs() / 1000 / account.windowSeconds();
        return new OtherWork(cores, limit, cores > limit);
    }

    String describe() {
        return String.format(Locale.ROOT, "other programs took %.2f cores in the window%s", cores,
                busy ? String.format(Locale.ROOT, " — BUSY MACHINE (above %.2f)", limit) : "");
    }
}
