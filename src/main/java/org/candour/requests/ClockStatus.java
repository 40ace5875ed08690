package org.candour.requests;

/** The state of the s.54 clock on a given day. "Overdue" is not a status: it is computed from the due date. */
public enum ClockStatus {
    /** s.54(3): the identity information asked for has not been received, so the month has not begun. */
    NOT_STARTED,
    /** The month is running. */
    RUNNING,
    /** s.54(3C): waiting for clarification the controller asked for; the days do not count. */
    PAUSED
}
