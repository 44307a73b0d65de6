package dev.hearth.platform.publisher.pledge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A promise in miniature: made, noted privately, kept. */
@Aggregate
public class Pledge {

    @AggregateIdentifier
    private String pledgeId;
    private String coupleId;
    private String promiserId;
    private String promiseeId;

    protected Pledge() {
    }

    @CommandHandler
    public Pledge(MakePledge command) {
        apply(new PledgeMade(command.pledgeId(), command.coupleId(), command.promiserId(),
                command.promiseeId(), command.description()));
    }

    @CommandHandler
    public void handle(NotePledge command) {
        apply(new PledgeNoted(pledgeId, coupleId, command.note()));
    }

    @CommandHandler
    public void handle(KeepPledge command) {
        apply(new PledgeKept(pledgeId, coupleId, promiserId, promiseeId, command.recordedBy()));
    }

    @EventSourcingHandler
    void on(PledgeMade event) {
        pledgeId = event.pledgeId();
        coupleId = event.coupleId();
        promiserId = event.promiserId();
        promiseeId = event.promiseeId();
    }
}
