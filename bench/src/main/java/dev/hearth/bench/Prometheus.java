package dev.hearth.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The samples of one metric in a Prometheus text exposition: each label set and its value. */
final class Prometheus {

    record Sample(Map<String, String> labels, double value) {
    }

    private static final Pattern LABEL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Prometheus() {
    }

    static List<Sample> samples(String exposition, String metric) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(metric) || line.length() == metric.length()) {
                continue;
            }
            char next = line.charAt(metric.length());
            String labels = "";
            String rest;
            if (next == '{') {
                int close = line.lastIndexOf('}');
                if (close < 0) {
                    continue;
                }
                labels = line.substring(metric.length() + 1, close);
                rest = line.substring(close + 1).trim();
            } else if (next == ' ') {
                rest = line.substring(metric.length()).trim();
            } else {
                continue; // another metric sharing the prefix, e.g. <metric>_total
            }
            String value = rest.split("\\s+")[0];
            Map<String, String> labelMap = new LinkedHashMap<>();
            Matcher matcher = LABEL.matcher(labels);
            while (matcher.find()) {
                labelMap.put(matcher.group(1), matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            samples.add(new Sample(labelMap, parse(value)));
        }
        return samples;
    }

    private static double parse(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
