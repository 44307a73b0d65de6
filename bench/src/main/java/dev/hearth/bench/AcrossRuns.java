package dev.hearth.bench;

import java.util.List;

/**
 * One number over several runs: its median (the middle run, or the mean of the two middle runs)
 * and its range. Runs without the number (NaN) are left out.
 */
public record AcrossRuns(int runs, double median, double min, double max) {

    public static AcrossRuns of(List<Double> perRun) {
        double[] values = perRun.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return new AcrossRuns(0, Double.NaN, Double.NaN, Double.NaN);
        }
        int middle = values.length / 2;
        double median = values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return new AcrossRuns(values.length, median, values[0], values[values.length - 1]);
    }
}
