/**
 * The practices' scoring policies beside trust: one named, versioned, plain-Java class per metric
 * (consistency, listening, vulnerability, appreciation, conflict, felt safety), the bundle that
 * averages them ({@code esi-v1}) and the signals. They take counts and histograms, never events or
 * documents, so that a read model can feed them from fixed-size buckets. docs/metrics.md explains
 * each formula.
 */
@NullMarked
package dev.hearth.insights.practice;

import org.jspecify.annotations.NullMarked;
