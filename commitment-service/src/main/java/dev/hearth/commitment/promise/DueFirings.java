package dev.hearth.commitment.promise;

/** What became of each {@code promise-due} deadline that fired: counted at the edge (meters), told by the {@link Promise}. */
public interface DueFirings {

    DueFirings NONE = missed -> { };

    /** @param missed whether the firing recorded a miss, or was ignored (the promise had closed, or its due time moved) */
    void fired(boolean missed);
}
