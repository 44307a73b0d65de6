/** Kafka-fed read models at constant cost: a view is a fold of events into documents by {@code _id}; the runner does the rest. */
@NullMarked
package dev.hearth.platform.consumer.view;

import org.jspecify.annotations.NullMarked;
