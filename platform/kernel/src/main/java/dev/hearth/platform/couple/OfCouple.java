package dev.hearth.platform.couple;

/**
 * Something that belongs to one couple: every internal event does. The couple is the unit of order
 * everywhere (the Kafka key, the sequence of event processors and dead-letter queues, the one
 * writer of a view's documents).
 */
public interface OfCouple {

    String coupleId();
}
