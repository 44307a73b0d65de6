package dev.hearth.platform.axon.view;

import dev.hearth.platform.axon.AsyncCommitTransactionManager;
import dev.hearth.platform.axon.HearthAxonAutoConfiguration;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewMetrics;
import dev.hearth.platform.mongo.ViewProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Configures the processor of every {@link AxonView} bean the way docs/architecture.md asks of a view:
 * a tracking processor replaying from the start of the store when new (so a new layout version
 * rebuilds), batches of {@code hearth.axon.views.batch-size} events in one transaction, one couple per
 * sequence, {@link JdbcSequencedDeadLetterQueue} for events that can never be applied (sequenced by the
 * couple, with the sequence cache so a healthy event costs no query), outages retried, and relaxed
 * commits for its replayable transactions. Its progress joins the {@code views} health component.
 */
@AutoConfiguration(after = HearthAxonAutoConfiguration.class)
@ConditionalOnClass(ViewCollection.class)
@ConditionalOnBean(AxonView.class)
@EnableConfigurationProperties(AxonViewProperties.class)
public class AxonViewsAutoConfiguration {

    @Bean
    ConfigurerModule hearthAxonViews(List<AxonView> views, AxonViewProperties properties, DataSource dataSource,
                                     ConnectionProvider connectionProvider, ObjectProvider<MeterRegistry> meterRegistry,
                                     ObjectProvider<Clock> clock, AxonViewProgresses progress) {
        MeterRegistry meters = meterRegistry.getIfUnique(() -> Metrics.globalRegistry);
        Clock time = clock.getIfUnique(Clock::systemUTC);
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (AxonView view : views) {
                String group = view.processingGroup();
                AxonViewProgress viewProgress = progress.of(group);
                ViewMetrics metrics = new ViewMetrics(meters, view.name(), viewProgress::atHead);
                processing.registerTrackingEventProcessor(group, c -> c.eventStore(), c -> TrackingEventProcessorConfiguration
                                .forSingleThreadedProcessing()
                                .andBatchSize(properties.batchSize())
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                        .assignProcessingGroup(group, group)
                        .registerSequencingPolicy(group, c -> new CoupleSequencing())
                        .registerDeadLetterQueue(group, c -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(c.getComponent(TransactionManager.class))
                                .schema(DeadLetterSchema.defaultSchema())
                                .genericSerializer(c.serializer())
                                .eventSerializer(c.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, c -> new ViewDeadLetterPolicy(view.name(), metrics))
                        .registerHandlerInterceptor(group, c -> ViewTiming.of(view.name(), metrics, time))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (c, builder) -> builder.enableSequenceIdentifierCache())
                        // A failure outside the handlers (the batch's write) rolls the batch back: retried.
                        .registerErrorHandler(group, c -> PropagatingErrorHandler.instance());
                if (properties.asyncCommit()) {
                    processing.registerTransactionManager(group,
                            c -> new AsyncCommitTransactionManager(c.getComponent(TransactionManager.class), dataSource));
                }
            }
        };
    }

    @Bean
    AxonViewProgresses hearthAxonViewProgress(List<AxonView> views, ObjectProvider<EventProcessingConfiguration> processing,
                                              ObjectProvider<EventStore> events) {
        Supplier<OptionalLong> head = () -> {
            TrackingToken newest = events.getObject().createHeadToken();
            return newest == null ? OptionalLong.empty() : newest.position();
        };
        return new AxonViewProgresses(views.stream()
                .map(view -> new AxonViewProgress(view.processingGroup(), processing::getObject, head)).toList());
    }

    /** The progress of every Axon-fed view, for the {@code views} health component and the lag gauges. */
    static final class AxonViewProgresses implements ViewProgress.Source {

        private final List<AxonViewProgress> views;

        AxonViewProgresses(List<AxonViewProgress> views) {
            this.views = views;
        }

        AxonViewProgress of(String processor) {
            return views.stream().filter(view -> view.view().equals(processor)).findFirst().orElseThrow();
        }

        @Override
        public List<ViewProgress> views() {
            return List.copyOf(views);
        }
    }
}
