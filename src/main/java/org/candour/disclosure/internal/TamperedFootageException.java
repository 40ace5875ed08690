package org.candour.disclosure.internal;

/** A stored footage file failed authentication: damaged, truncated, reordered, or not the file asked for. */
public class TamperedFootageException extends RuntimeException {

    public TamperedFootageException(String message) {
        super(message);
    }

    public TamperedFootageException(String message, Throwable cause) {
        super(message, cause);
    }
}
