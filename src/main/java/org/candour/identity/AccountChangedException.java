package org.candour.identity;

/** The account was changed by someone else after it was read; nothing was saved. */
public class AccountChangedException extends RuntimeException {

    public static final String MESSAGE = "This account was changed by someone else. Reload and try again.";

    public AccountChangedException() {
        super(MESSAGE);
    }
}
