package dev.hearth.platform.problem;

/**
 * A command to one existing aggregate. It names what the caller hears when that aggregate was never
 * created, so the service that sends it need not know ({@code couple-not-found},
 * {@code promise-not-found}…): an unknown id then looks exactly like somebody else's.
 */
public interface AggregateCommand {

    /** The rejection for a command whose aggregate does not exist. */
    Rejection aggregateNotFound();
}
