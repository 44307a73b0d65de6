package dev.hearth.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Waits until the read side has caught up with what the bench sent: insights shows every keep
 * the bench had accepted, for every couple; each couple's promise list shows every promise kept
 * since the last drain as kept; and — where the services expose them — every view is at most the
 * goal's lag behind and no publisher has events left to send.
 */
final class ReadSideDrain {

    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    /**
     * Pages of a couple's list read per check: those the promises kept since the last drain fill (a page
     * holds up to 100 and may be short), and a few more; the unseen are among the newest.
     */
    private static final int PROMISES_PER_PAGE_AT_LEAST = 50;
    private static final int SPARE_PAGES = 5;

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
        Set<String> listed = new HashSet<>();
        Map<String, Integer> pagesToRead = new HashMap<>();
        couples.forEach(couple -> pagesToRead.put(couple.id(),
                couple.keptNotYetListed().size() / PROMISES_PER_PAGE_AT_LEAST + SPARE_PAGES));
        int expectedListed = couples.stream().mapToInt(couple -> couple.keptNotYetListed().size()).sum();
        while (true) {
            for (Couple couple : couples) {
                if (!caughtUp.contains(couple.id()) && insightsShowsEveryKeep(couple)) {
                    caughtUp.add(couple.id());
                }
                if (!listed.contains(couple.id()) && listShowsEveryKeep(couple, pagesToRead.get(couple.id()))) {
                    listed.add(couple.id());
                }
            }
            ServiceMetrics now = scraper.services(new HashSet<>());
            boolean viewsOk = now.viewLagSeconds().values().stream().allMatch(lag -> lag <= Goals.ISSUE_8.viewLagSeconds());
            boolean publishersOk = now.publisherLagEvents().values().stream().allMatch(lag -> lag <= 0);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (caughtUp.size() == couples.size() && listed.size() == couples.size() && viewsOk && publishersOk) {
                return new Measured.Drain(seconds, true, true, String.format(Locale.ROOT,
                        "caught up after %.1f s (promise lists showed all %d keeps)%s", seconds, expectedListed,
                        now.viewLagSeconds().isEmpty() ? " (insights by polling; no view exposes " + ServiceMetrics.VIEW_LAG + ")" : ""));
            }
            String waitingFor = String.format(Locale.ROOT, "insights %d/%d couples, promise lists %d/%d%s%s", caughtUp.size(),
                    couples.size(), listed.size(), couples.size(),
                    viewsOk ? "" : ", views " + now.viewLagSeconds(), publishersOk ? "" : ", publishers " + now.publisherLagEvents());
            if (System.nanoTime() - deadline >= 0) {
                warnings.warn(String.format(Locale.ROOT, "the read side had not caught up %.0f s after the window: %s", seconds,
                        waitingFor));
                return new Measured.Drain(seconds, true, false, "NOT caught up after " + Math.round(seconds) + " s: " + waitingFor);
            }
            Threads.sleep(CHECK_EVERY);
        }
    }

    private boolean insightsShowsEveryKeep(Couple couple) {
        long expected = couple.keptByUs().get();
        try {
            HearthApi.Response insights = api.insights(couple).join();
            return insights.statusCode() == 200 && HearthApi.keptCount(insights.body()) >= expected;
        } catch (RuntimeException e) {
            return false; // Still draining: asked again at the next check.
        }
    }

    /**
     * Pages through the couple's list, newest first, striking off each unseen keep it shows as kept,
     * until none is left (caught up) or {@code pageLimit} pages are read.
     */
    private boolean listShowsEveryKeep(Couple couple, int pageLimit) {
        Set<String> unseen = couple.keptNotYetListed();
        String cursor = null;
        try {
            for (int page = 0; page < pageLimit && !unseen.isEmpty(); page++) {
                HearthApi.Response answer = api.promisePage(couple, cursor).join();
                if (answer.statusCode() != 200) {
                    return false;
                }
                HearthApi.listed(answer.body(), "KEPT").forEach(unseen::remove);
                cursor = HearthApi.field(answer.body(), "next").orElse(null);
                if (cursor == null) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            return false; // Still draining: asked again at the next check.
        }
        return unseen.isEmpty();
    }
}
