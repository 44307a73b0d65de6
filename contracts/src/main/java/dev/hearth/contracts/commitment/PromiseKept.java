package dev.hearth.contracts.commitment;

/** The promise was kept. Carries both partners so consumers never join it to {@link PromiseMade}. */
public record PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String recordedBy) implements PublicCommitmentEvent {
}
