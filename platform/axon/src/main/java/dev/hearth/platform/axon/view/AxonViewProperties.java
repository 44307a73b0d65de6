package dev.hearth.platform.axon.view;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.axon.views.*}, for every Axon-fed view.
 *
 * @param batchSize   events per processor batch (one database transaction, one bulk write per collection)
 * @param asyncCommit whether a batch's transaction may commit without waiting for the WAL flush
 *                    (the view is replayable: see {@code AsyncCommitTransactionManager})
 */
@ConfigurationProperties("hearth.axon.views")
public record AxonViewProperties(@DefaultValue("100") int batchSize, @DefaultValue("true") boolean asyncCommit) {
}
