package dev.hearth.platform.consumer.view;

/**
 * How soon a view's readers look for an event after it was published, which sets how long the broker
 * may hold a fetch of the view's consumer while waiting for a fuller answer (32 kB). A fetch costs the
 * broker and the consumer about the same whether it brings records or not, and a platform pays for
 * every one of them even when nothing happens: at 40 ms that is 25 fetches a second per consumer.
 */
public enum Freshness {

    /**
     * Read right after the write that feeds it: trust after a keep, a couple's members before its
     * first promise (requests wait for a new partner to reach them). Fetches wait at most
     * {@code spring.kafka.consumer.fetch-max-wait} (40 ms unless set).
     */
    IMMEDIATE,

    /**
     * Read later, well within a second: weekly trends, a couple's open conflicts, couple endings heard
     * by every instance. Fetches wait at most {@code hearth.views.soon-fetch-wait} (250 ms), a sixth of
     * the fetches when idle; under load a fetch fills its 32 kB sooner.
     */
    SOON
}
