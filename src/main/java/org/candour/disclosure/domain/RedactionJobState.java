package org.candour.disclosure.domain;

/**
 * Where a redaction job is: finding faces (DETECTING), waiting for the caseworker's choices (REVIEW), writing the
 * disclosure copy (RENDERING), copy stored (RENDERED), stopped with a reason (FAILED; it can be run again), and the
 * copy approved by a supervisor's sign-off (SIGNED_OFF; final).
 */
public enum RedactionJobState {
    DETECTING,
    REVIEW,
    RENDERING,
    RENDERED,
    FAILED,
    SIGNED_OFF;

    /** Work is under way on a worker thread. */
    public boolean running() {
        return this == DETECTING || this == RENDERING;
    }
}
