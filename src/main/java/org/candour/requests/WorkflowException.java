package org.candour.requests;

/** A casework action that the workflow does not allow now; the message says why, for the caseworker to read. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
