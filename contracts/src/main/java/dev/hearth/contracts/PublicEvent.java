package dev.hearth.contracts;


/**
 * An event of Hearth's public contract: what travels on Kafka between services. Facts only — no
 * journal text, conflict topic, promise description or note ever appears here (privacy rule).
 * Every event names its couple, which is also the Kafka key. {@link EventType} lists them all.
 */
public interface PublicEvent {

    String coupleId();
}
