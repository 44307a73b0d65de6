package dev.hearth.commitment.promise.adapter;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import dev.hearth.commitment.promise.PromiseTimes;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable deadlines, wired by hand: db-scheduler's Spring Boot starter is Boot 3 only, and Axon's own
 * db-scheduler auto-configuration is excluded (it would build a second manager with binary task data).
 * <ul>
 *   <li>The {@link Scheduler} works on the service's DataSource behind a
 *       {@link TransactionAwareDataSourceProxy}: scheduling and cancelling run in Axon's prepare-commit,
 *       inside the Spring transaction that appends the promise's event, so they commit or roll back with it.</li>
 *   <li>Axon's {@link DbSchedulerDeadlineManager} keeps the deadline human-readable in
 *       {@code task_data} (JSON, by db-scheduler's Jackson serializer; the payload by Axon's Jackson
 *       event serializer, never XStream) and fires it in a unit of work with Spring's transactions.</li>
 *   <li>The scheduler starts after Axon and stops before it, inside the shutdown phase.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** Later than Axon's configuration ({@code Integer.MAX_VALUE - 3072}), earlier than the web server's graceful stop. */
    static final int PHASE = Integer.MAX_VALUE - 2560;

    @Bean
    PromiseTimes promiseTimes(@Value("${hearth.promises.miss-grace:0s}") Duration missGrace,
                              @Value("${hearth.promises.late-keep-window:24h}") Duration lateKeepWindow) {
        return new PromiseTimes(missGrace, lateKeepWindow);
    }

    @Bean
    DeadlineMeters deadlineMeters(MeterRegistry registry, Clock clock, DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AtomicLong last = new AtomicLong();
        return new DeadlineMeters(registry, clock, () -> {
            try {
                Long count = jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class);
                last.set(count == null ? 0 : count);
            } catch (RuntimeException e) {
                // The database is down: the gauge keeps its last value, health says the rest.
            }
            return last.get();
        });
    }

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, ObjectProvider<PromiseDeadlines> deadlines, DeadlineMeters meters,
                                @Value("${spring.application.name}") String application,
                                @Value("${hearth.deadlines.polling-interval:5s}") Duration pollingInterval,
                                @Value("${hearth.deadlines.heartbeat-interval:30s}") Duration heartbeatInterval,
                                @Value("${hearth.deadlines.shutdown-max-wait:15s}") Duration shutdownMaxWait,
                                @Value("${hearth.deadlines.threads:4}") int threads) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        List.of(DbSchedulerDeadlineManager.humanReadableTask(() -> deadlines.getObject().delegate())))
                // One name per instance: a dead instance's picked deadlines are recognised by its silence.
                .schedulerName(new SchedulerName.Fixed(application + "-" + UUID.randomUUID()))
                .serializer(new JacksonSerializer())
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .shutdownMaxWait(shutdownMaxWait)
                .threads(threads)
                .addSchedulerListener(meters)
                .build();
    }

    @Bean
    PromiseDeadlines deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration configuration,
                                     @Qualifier("eventSerializer") Serializer serializer,
                                     TransactionManager axonTransactionManager, DeadlineMeters meters,
                                     DataSource dataSource) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(axonTransactionManager)
                .useBinaryPojo(false)
                // Started and stopped by deadlineSchedulerLifecycle, in Spring's phases.
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        return new PromiseDeadlines(manager, new JdbcTemplate(dataSource), meters);
    }

    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                deadlineScheduler.stop();
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return PHASE;
            }
        };
    }
}
