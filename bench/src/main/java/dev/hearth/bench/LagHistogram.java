package dev.hearth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cumulative buckets of a Prometheus histogram ({@code <name>_bucket{…,le="…"} count}), summed
 * over its label sets. Two scrapes give the buckets of what happened in between ({@link #minus}),
 * and {@link #quantile} estimates a percentile from them as Prometheus' {@code histogram_quantile}
 * does: linear interpolation inside the bucket that holds the rank.
 */
public record LagHistogram(TreeMap<Double, Double> cumulative) {

    public static LagHistogram parse(String exposition, String metric) {
        return parse(exposition, metric, "");
    }

    /** The buckets of the series of {@code metric} whose labels contain {@code labels} (e.g. {@code view="insights-trust"}). */
    public static LagHistogram parse(String exposition, String metric, String labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(metric + "_bucket") + "\\{(.*)}\\s+(\\S+)", Pattern.MULTILINE);
        Pattern le = Pattern.compile("le=\"([^\"]+)\"");
        TreeMap<Double, Double> buckets = new TreeMap<>();
        Matcher matcher = line.matcher(exposition);
        while (matcher.find()) {
            Matcher bound = le.matcher(matcher.group(1));
            if (matcher.group(1).contains(labels) && bound.find()) {
                double upper = bound.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound.group(1));
                buckets.merge(upper, Double.parseDouble(matcher.group(2)), Double::sum);
            }
        }
        return new LagHistogram(buckets);
    }

    /** The observations made after {@code earlier} was scraped. */
    public LagHistogram minus(LagHistogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulative.forEach((upper, count) -> delta.put(upper, count - earlier.cumulative.getOrDefault(upper, 0.0)));
        return new LagHistogram(delta);
    }

    public double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /** The estimated quantile in the histogram's unit; NaN without observations. */
    public double quantile(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        List<Map.Entry<Double, Double>> entries = new ArrayList<>(cumulative.entrySet());
        double lowerBound = 0;
        double countBelow = 0;
        for (Map.Entry<Double, Double> bucket : entries) {
            double upper = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank) {
                if (Double.isInfinite(upper)) {
                    // Above the highest finite bucket: all one can say is "at least" that bound.
                    return lowerBound;
                }
                double inBucket = count - countBelow;
                return inBucket <= 0 ? upper : lowerBound + (upper - lowerBound) * (rank - countBelow) / inBucket;
            }
            lowerBound = upper;
            countBelow = count;
        }
        return lowerBound;
    }
}
