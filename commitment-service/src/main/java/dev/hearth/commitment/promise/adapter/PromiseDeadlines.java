package dev.hearth.commitment.promise.adapter;

import java.time.Instant;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's one {@link DeadlineManager}: Axon's {@link DbSchedulerDeadlineManager}, counted, with
 * two house rules. A cancellation is by id, in the unit of work, and forgiving: a deadline that has
 * just fired (or is firing) needs no cancelling, its handler ignores a closed promise, so a keep racing
 * the deadline never fails for it. And {@code cancelAll*} is refused: it reads every pending deadline.
 *
 * <p>A cancellation is one statement: db-scheduler's own ({@code SchedulerClient.cancel}) reads the row,
 * then deletes it by version — a second round trip inside every keep, break and release. Deleting the
 * row only while nobody has picked it is the same guard in one step: a deadline being fired is locked
 * by its picker's update, and the delete then finds it picked and leaves it.
 */
public class PromiseDeadlines implements DeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(PromiseDeadlines.class);

    private static final String CANCEL = "delete from scheduled_tasks where task_name = ? and task_instance = ? and picked = false";

    private final DbSchedulerDeadlineManager delegate;
    private final JdbcTemplate jdbc;
    private final DeadlineMeters meters;

    /** {@code jdbc} over the data source of the scheduler, so the cancellation joins the command's transaction. */
    public PromiseDeadlines(DbSchedulerDeadlineManager delegate, JdbcTemplate jdbc, DeadlineMeters meters) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** What db-scheduler's task executes: Axon's manager itself. */
    DbSchedulerDeadlineManager delegate() {
        return delegate;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, @Nullable Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        String id = delegate.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        afterCommit(() -> meters.scheduled(deadlineName));
        return id;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        Runnable cancel = () -> {
            DbSchedulerDeadlineToken task = new DbSchedulerDeadlineToken(scheduleId);
            if (jdbc.update(CANCEL, task.getTaskName(), task.getId()) == 0) {
                log.debug("Deadline {} {} had fired already: nothing to cancel", deadlineName, scheduleId);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> cancel.run());
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> meters.cancelled(deadlineName));
        } else {
            cancel.run();
            meters.cancelled(deadlineName);
        }
    }

    @Override
    public void cancelAll(String deadlineName) {
        throw new UnsupportedOperationException("cancelAll reads every pending deadline: cancel by id");
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        throw new UnsupportedOperationException("cancelAllWithinScope reads every pending deadline: cancel by id");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return delegate.registerHandlerInterceptor(handlerInterceptor);
    }

    private static void afterCommit(Runnable action) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> action.run());
        } else {
            action.run();
        }
    }
}
