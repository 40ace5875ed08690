package org.candour.requests.domain;

import java.util.Objects;

/** The member of staff acting on a request: their username, and whether they may sign off restrictions. */
public record Officer(String username, boolean supervisor) {

    public Officer {
        Objects.requireNonNull(username, "username");
    }
}
