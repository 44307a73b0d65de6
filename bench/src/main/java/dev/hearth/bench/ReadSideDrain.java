package dev.hearth.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Waits until the read side has caught up with what the bench sent: insights shows every keep
 * the bench had accepted, for every couple, and — where the services expose them — every view
 * is at most the goal's lag behind and no publisher has events left to send.
 */
final class ReadSideDrain {

    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final HearthApi api;
    private final List<Couple> couples;
    private final MetricsScraper scraper;
    private final Warnings warnings;

    ReadSideDrain(HearthApi api, List<Couple> couples, MetricsScraper scraper, Warnings warnings) {
        this.api = api;
        this.couples = couples;
        this.scraper = scraper;
        this.warnings = warnings;
    }

    /** Checks every half second until caught up or {@code deadline} (System.nanoTime) passes, which is warned of. */
    Measured.Drain until(long deadline) {
        long started = System.nanoTime();
        Set<String> caughtUp = new HashSet<>();
        while (true) {
            for (Couple couple : couples) {
                if (caughtUp.contains(couple.id())) {
                    continue;
                }
                long expected = couple.keptByUs().get();
                try {
                    HttpResponse<String> insights = api.insights(couple).join();
                    if (insights.statusCode() == 200 && HearthApi.keptCount(insights.body()) >= expected) {
                        caughtUp.add(couple.id());
                    }
                } catch (RuntimeException e) {
                    // Still draining: asked again below.
                }
            }
            ServiceMetrics now = scraper.services(new HashSet<>());
            boolean viewsOk = now.viewLagSeconds().values().stream().allMatch(lag -> lag <= Goals.ISSUE_8.viewLagSeconds());
            boolean publishersOk = now.publisherLagEvents().values().stream().allMatch(lag -> lag <= 0);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (caughtUp.size() == couples.size() && viewsOk && publishersOk) {
                return new Measured.Drain(seconds, true, true, String.format(Locale.ROOT, "caught up after %.1f s%s", seconds,
                        now.viewLagSeconds().isEmpty() ? " (insights by polling; no view exposes " + ServiceMetrics.VIEW_LAG + ")" : ""));
            }
            String waitingFor = String.format(Locale.ROOT, "insights %d/%d couples%s%s", caughtUp.size(), couples.size(),
                    viewsOk ? "" : ", views " + now.viewLagSeconds(), publishersOk ? "" : ", publishers " + now.publisherLagEvents());
            if (System.nanoTime() - deadline >= 0) {
                warnings.warn(String.format(Locale.ROOT, "the read side had not caught up %.0f s after the window: %s", seconds,
                        waitingFor));
                return new Measured.Drain(seconds, true, false, "NOT caught up after " + Math.round(seconds) + " s: " + waitingFor);
            }
            Threads.sleep(CHECK_EVERY);
        }
    }
}
