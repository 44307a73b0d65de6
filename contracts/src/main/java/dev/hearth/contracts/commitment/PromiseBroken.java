package dev.hearth.contracts.commitment;

/** The promisee recorded that the promise was broken. */
public record PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId,
                            String recordedBy) implements PublicCommitmentEvent {
}
