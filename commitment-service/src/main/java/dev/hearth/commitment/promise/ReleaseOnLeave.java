package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The service releases a promise, without blame, because {@code leaverId} left its couple: sent for
 * every promise the couple's list shows open, and for one the list files once the couple is closed;
 * one no longer open is left as it is, so a redelivery of the leave changes nothing.
 */
public record ReleaseOnLeave(@TargetAggregateIdentifier String promiseId, String coupleId, String leaverId)
        implements PromiseCommand {
}
