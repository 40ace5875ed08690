package org.candour.requests.domain;

import java.util.Objects;

/** The member of staff acting on a request: their username, and whether they may sign off restrictions. */
public record Officer(String username, boolean supervisor) {

    /** Who the audit log names for what a requester did: they are not an account, and never named there. */
    public static final Officer REQUESTER = new Officer("requester", false);

    public Officer {
        Objects.requireNonNull(username, "username");
    }
}
