package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.Couple;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends couple commands and waits. A couple that was never started answers exactly like one the
 * caller is not a partner of, so the two cannot be told apart.
 */
@Component
class CoupleCommands {

    private final CommandGateway gateway;

    CoupleCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    void send(Object command, String coupleId) {
        try {
            gateway.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw Couple.coupleNotFound(coupleId);
        }
    }
}
