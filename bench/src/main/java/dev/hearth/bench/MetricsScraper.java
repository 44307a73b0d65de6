package dev.hearth.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scrapes of the services' {@code /actuator/prometheus}: insights' apply-lag histogram, and every service's lag gauges. */
final class MetricsScraper {

    /** Insights' trust view: from a keep happening to its effect written in the view (a histogram). */
    static final String LAG_METRIC = "hearth_view_apply_lag_seconds";
    static final String LAG_SERIES = "view=\"insights-trust\"";
    private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(3);

    private final HearthApi api;
    private final URI insights;
    private final Map<String, URI> services = new LinkedHashMap<>();

    MetricsScraper(HearthApi api, BenchOptions options) {
        this.api = api;
        this.insights = options.insights();
        services.put("journal", options.journal());
        services.put("commitment", options.commitment());
        services.put("insights", options.insights());
    }

    /** Insights' apply-lag histogram as it stands; empty (and said on stderr) if insights does not answer. */
    LagHistogram insightsLag() {
        try {
            return LagHistogram.parse(api.fetch(insights.resolve("/actuator/prometheus"), SCRAPE_TIMEOUT), LAG_METRIC, LAG_SERIES);
        } catch (Exception e) {
            System.err.println("bench: cannot scrape insights' " + LAG_METRIC + ": " + e);
            return LagHistogram.parse("", LAG_METRIC);
        }
    }

    /** One scrape of each service's lags; a service that does not answer is named in {@code unreachable}. */
    ServiceMetrics services(Set<String> unreachable) {
        List<ServiceMetrics> each = new ArrayList<>();
        services.forEach((name, base) -> {
            try {
                each.add(ServiceMetrics.parse(name, api.fetch(base.resolve("/actuator/prometheus"), SCRAPE_TIMEOUT)));
            } catch (Exception e) {
                unreachable.add(name);
            }
        });
        return ServiceMetrics.combine(each);
    }
}
