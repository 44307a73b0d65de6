/**
 * Raw stages: what the platform's servers do alone for the operations one command needs —
 * a PostgreSQL append, a Kafka produce→consume, a Mongo upsert by {@code _id} — measured on the
 * same servers in scratch places that are dropped afterwards, so the pipeline can be compared with
 * its slowest part.
 */
@NullMarked
package dev.hearth.bench.stages;

import org.jspecify.annotations.NullMarked;
