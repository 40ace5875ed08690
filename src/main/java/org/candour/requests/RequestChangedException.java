package org.candour.requests;

/** The request was changed by someone else after it was read; nothing was saved. */
public class RequestChangedException extends RuntimeException {

    public static final String MESSAGE = "This request was changed by someone else. Reload it to see their changes.";

    public RequestChangedException() {
        super(MESSAGE);
    }
}
