package org.candour.footage;

/** A hold cannot be placed or released as asked; the message says why in words a caseworker understands. */
public class HoldRefusedException extends RuntimeException {

    public HoldRefusedException(String message) {
        super(message);
    }
}
