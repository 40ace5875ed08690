package org.candour.disclosure.domain;

/** A redaction job cannot take this step now; the message says why in words a caseworker can act on. */
public class RedactionJobException extends RuntimeException {

    public RedactionJobException(String message) {
        super(message);
    }
}
