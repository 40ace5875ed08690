package org.candour.shared.crypto;

/**
 * A stored encrypted file (footage, a temporary upload) failed authentication: damaged, truncated, reordered, or not
 * the file asked for.
 */
public class TamperedFileException extends RuntimeException {

    public TamperedFileException(String message) {
        super(message);
    }

    public TamperedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
