package org.candour.disclosure.redaction;

/** Detection or rendering could not finish; nothing was written (a partial output is deleted). */
public class RedactionFailedException extends RuntimeException {

    public RedactionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public RedactionFailedException(String message) {
        super(message);
    }
}
