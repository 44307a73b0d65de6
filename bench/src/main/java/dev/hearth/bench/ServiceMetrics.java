package dev.hearth.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The lag figures the services expose on {@code /actuator/prometheus}, from one scrape of each:
 * every view's lag ({@value #VIEW_LAG}, one gauge per {@code view} label), the Kafka consumers'
 * record lag ({@value #CONSUMER_LAG}, the largest over partitions), the outbox publisher's lag
 * ({@value #PUBLISHER_LAG}) and the views' dead letters ({@value #DEAD_LETTERS}). A metric a
 * service does not expose is simply absent from the maps; the report prints "n/a".
 */
record ServiceMetrics(Map<String, Double> viewLagSeconds, Map<String, Double> consumerLagRecords,
                      Map<String, Double> publisherLagEvents, Map<String, Double> deadLetters) {

    static final String VIEW_LAG = "hearth_view_lag_seconds";
    static final String CONSUMER_LAG = "kafka_consumer_fetch_manager_records_lag_max";
    static final String PUBLISHER_LAG = "hearth_publisher_lag_events";
    static final String DEAD_LETTERS = "hearth_view_dead_letters_total";

    static final ServiceMetrics NONE = new ServiceMetrics(Map.of(), Map.of(), Map.of(), Map.of());

    /** What one service's exposition says; keys are {@code <service>} or {@code <service>/<view>}. */
    static ServiceMetrics parse(String service, String exposition) {
        Map<String, Double> views = new TreeMap<>();
        for (Prometheus.Sample sample : Prometheus.samples(exposition, VIEW_LAG)) {
            if (isNumber(sample.value())) {
                views.merge(service + "/" + sample.labels().getOrDefault("view", "?"), sample.value(), Math::max);
            }
        }
        return new ServiceMetrics(views, largest(service, Prometheus.samples(exposition, CONSUMER_LAG)),
                largest(service, Prometheus.samples(exposition, PUBLISHER_LAG)),
                total(service, Prometheus.samples(exposition, DEAD_LETTERS)));
    }

    /** Both scrapes' figures, the larger of each: the worst seen over a window. */
    ServiceMetrics max(ServiceMetrics other) {
        return new ServiceMetrics(merge(viewLagSeconds, other.viewLagSeconds), merge(consumerLagRecords, other.consumerLagRecords),
                merge(publisherLagEvents, other.publisherLagEvents), merge(deadLetters, other.deadLetters));
    }

    /** All services' figures of one moment together. */
    static ServiceMetrics combine(List<ServiceMetrics> services) {
        return services.stream().reduce(NONE, ServiceMetrics::max);
    }

    /** The largest view lag, NaN when no view exposes one. */
    double maxViewLagSeconds() {
        return viewLagSeconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static Map<String, Double> largest(String service, List<Prometheus.Sample> samples) {
        OptionalDouble largest = samples.stream().mapToDouble(Prometheus.Sample::value).filter(ServiceMetrics::isNumber).max();
        return largest.isPresent() ? Map.of(service, largest.getAsDouble()) : Map.of();
    }

    private static Map<String, Double> total(String service, List<Prometheus.Sample> samples) {
        return samples.isEmpty() ? Map.of()
                : Map.of(service, samples.stream().mapToDouble(Prometheus.Sample::value).filter(ServiceMetrics::isNumber).sum());
    }

    private static Map<String, Double> merge(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> merged = new TreeMap<>(a);
        b.forEach((key, value) -> merged.merge(key, value, Math::max));
        return merged;
    }

    private static boolean isNumber(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }

    /** The dead letters added between two scrapes, per service. */
    static Map<String, Double> added(ServiceMetrics before, ServiceMetrics after) {
        Map<String, Double> added = new LinkedHashMap<>();
        after.deadLetters.forEach((service, count) -> added.put(service, count - before.deadLetters.getOrDefault(service, 0.0)));
        return added;
    }
}
