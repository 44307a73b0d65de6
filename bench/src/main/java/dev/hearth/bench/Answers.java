package dev.hearth.bench;

import java.util.Arrays;

/**
 * When each answer of one kind arrived (System.nanoTime), whether its request was measured or
 * not, so that a CPU window can count exactly the answers that fell inside it.
 */
final class Answers {

    private long[] times = new long[4096];
    private int size;

    synchronized void add(long nanoTime) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
        }
        times[size++] = nanoTime;
    }

    /** How many arrived in {@code [from, to]}. */
    synchronized long between(long from, long to) {
        long count = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] - from >= 0 && to - times[i] >= 0) {
                count++;
            }
        }
        return count;
    }

    /** Forgets what arrived before {@code nanoTime}: a new run or step keeps only its own. */
    synchronized void forgetBefore(long nanoTime) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] - nanoTime >= 0) {
                times[kept++] = times[i];
            }
        }
        size = kept;
    }
}
