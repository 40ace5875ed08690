package org.candour.disclosure.domain;

/**
 * Where a redaction job is: finding faces (DETECTING), waiting for the caseworker's choices (REVIEW), writing the
 * disclosure copy (RENDERING), copy stored (RENDERED), stopped with a reason (FAILED; it can be run again), and the
 * copy approved by a supervisor's sign-off (SIGNED_OFF; final). Finding faces that a caseworker stopped is CANCELLED
 * (it can be run again); a render stopped goes back to REVIEW.
 */
public enum RedactionJobState {
    DETECTING,
    REVIEW,
    RENDERING,
    RENDERED,
    FAILED,
    SIGNED_OFF,
    CANCELLED;

    /** Work is under way on a worker thread. */
    public boolean running() {
        return this == DETECTING || this == RENDERING;
    }
}
