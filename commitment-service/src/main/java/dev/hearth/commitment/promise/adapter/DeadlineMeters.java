package dev.hearth.commitment.promise.adapter;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import dev.hearth.commitment.promise.DueFirings;
import dev.hearth.commitment.promise.PromiseDue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The deadlines' meters, each tagged with the deadline's name ({@code deadline}):
 * {@code hearth.deadlines.scheduled} and {@code .cancelled} (counted once their transaction commits),
 * {@code .fired} ({@code result=missed|ignored}), {@code .failed} (a firing that threw: db-scheduler
 * retries it), {@code .lag} (firing − trigger time) and {@code .pending} (a gauge of the rows in
 * {@code scheduled_tasks}, read at most every 30 s so a scrape never scans the table).
 */
public class DeadlineMeters extends AbstractSchedulerListener implements DueFirings {

    static final Duration PENDING_CACHED_FOR = Duration.ofSeconds(30);

    private final MeterRegistry registry;
    private final Clock clock;

    public DeadlineMeters(MeterRegistry registry, Clock clock, LongSupplier pending) {
        this.registry = registry;
        this.clock = clock;
        CachedCount cached = new CachedCount(pending, clock);
        Gauge.builder("hearth.deadlines.pending", cached, CachedCount::value)
                .description("Deadlines waiting in scheduled_tasks (read at most every 30 s)")
                .tag("deadline", PromiseDue.DEADLINE).register(registry);
    }

    void scheduled(String deadline) {
        counter("hearth.deadlines.scheduled", deadline).increment();
    }

    void cancelled(String deadline) {
        counter("hearth.deadlines.cancelled", deadline).increment();
    }

    @Override
    public void fired(boolean missed) {
        Counter fired = Counter.builder("hearth.deadlines.fired").tag("deadline", PromiseDue.DEADLINE)
                .tag("result", missed ? "missed" : "ignored").register(registry);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> fired.increment());
        } else {
            fired.increment();
        }
    }

    @Override
    public void onExecutionStart(CurrentlyExecuting currentlyExecuting) {
        Execution execution = currentlyExecuting.getExecution();
        Duration lag = Duration.between(execution.getExecutionTime(), Instant.now(clock));
        Timer.builder("hearth.deadlines.lag").description("How long after its trigger time a deadline fired")
                .tag("deadline", nameOf(execution)).publishPercentiles(0.5, 0.95)
                .register(registry).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        if (complete.getResult() == ExecutionComplete.Result.FAILED) {
            counter("hearth.deadlines.failed", nameOf(complete.getExecution())).increment();
        }
    }

    private Counter counter(String name, String deadline) {
        return Counter.builder(name).tag("deadline", deadline).register(registry);
    }

    private static String nameOf(Execution execution) {
        return execution.taskInstance.getData() instanceof DbSchedulerHumanReadableDeadlineDetails details
                ? details.getDeadlineName() : execution.getTaskName();
    }

    /** A count read again only once it is older than {@link #PENDING_CACHED_FOR}. */
    private static final class CachedCount {

        private final LongSupplier count;
        private final Clock clock;
        private Instant readAt = Instant.MIN;
        private long value;

        CachedCount(LongSupplier count, Clock clock) {
            this.count = count;
            this.clock = clock;
        }

        synchronized double value() {
            Instant now = Instant.now(clock);
            if (readAt == Instant.MIN || Duration.between(readAt, now).compareTo(PENDING_CACHED_FOR) >= 0) {
                value = count.getAsLong();
                readAt = now;
            }
            return value;
        }
    }
}
