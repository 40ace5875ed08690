package org.candour.identity;

/** Another administrator answered the grant (or it lapsed) since the page showed it: nothing was changed. */
public class GrantChangedException extends RuntimeException {

    public static final String MESSAGE = "Another administrator has answered this request already, or it has "
            + "lapsed. The list now shows where things stand.";

    public GrantChangedException() {
        super(MESSAGE);
    }
}
