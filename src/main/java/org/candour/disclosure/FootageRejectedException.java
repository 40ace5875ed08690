package org.candour.disclosure;

/** An upload that is not a clip the portal can take (not a video, damaged, empty, too large): nothing was stored. */
public class FootageRejectedException extends RuntimeException {

    public FootageRejectedException(String message) {
        super(message);
    }
}
