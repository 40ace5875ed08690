package org.candour.footage;

/** The input as a whole cannot be imported (no header, required columns missing): nothing was applied. */
public class UnreadableImportException extends RuntimeException {

    public UnreadableImportException(String message) {
        super(message);
    }
}
