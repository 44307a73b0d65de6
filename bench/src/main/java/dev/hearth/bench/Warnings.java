package dev.hearth.bench;

import java.util.ArrayList;
import java.util.List;

/** The warnings of a bench run: printed when they happen, and listed again in the report. */
final class Warnings {

    private final List<String> warnings = new ArrayList<>();

    void warn(String warning) {
        System.out.println("WARNING: " + warning);
        warnings.add(warning);
    }

    List<String> all() {
        return List.copyOf(warnings);
    }
}
