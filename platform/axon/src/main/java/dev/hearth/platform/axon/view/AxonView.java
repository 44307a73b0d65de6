package dev.hearth.platform.axon.view;

/**
 * A read model fed by one of the service's own Axon tracking processors. Its processing group
 * ({@link #processingGroup()}, which the handler class names in {@code @ProcessingGroup}) carries the
 * layout version: a new version is a new processor with no token, which replays the event store
 * into the view's fresh collections ({@code <collection>_v<version>}, see {@code ViewLayouts}).
 * Declare it as a bean; {@code AxonViewsAutoConfiguration} configures the processor.
 *
 * @param name    e.g. {@code promise-view}
 * @param version the layout version, from 1
 */
public record AxonView(String name, int version) {

    public AxonView {
        if (version < 1) {
            throw new IllegalArgumentException("view versions start at 1");
        }
    }

    public String processingGroup() {
        return name + "-v" + version;
    }
}
