package dev.hearth.platform.axon.tally;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A counter that stops at three: enough state to see it re-sourced from the event store. */
@Aggregate(cache = "aggregateCache")
public class Tally {

    static final int LIMIT = 3;

    @AggregateIdentifier
    private String tallyId;
    private String coupleId;
    private int count;

    protected Tally() {
    }

    @CommandHandler
    public Tally(OpenTally command) {
        apply(new TallyOpened(command.tallyId(), command.coupleId()));
    }

    @CommandHandler
    public int handle(CountOne command) {
        if (count >= LIMIT) {
            throw new Rejection(ProblemType.PROMISE_CLOSED, "The tally is full.");
        }
        apply(new OneCounted(tallyId, coupleId, count + 1));
        return count;
    }

    @EventSourcingHandler
    void on(TallyOpened event) {
        tallyId = event.tallyId();
        coupleId = event.coupleId();
    }

    @EventSourcingHandler
    void on(OneCounted event) {
        count = event.total();
    }
}
