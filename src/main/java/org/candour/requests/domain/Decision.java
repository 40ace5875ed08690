package org.candour.requests.domain;

import org.candour.requests.RequestState;

/** The outcomes a caseworker decides after review. Refusing or restricting needs a s.45(4) ground and sign-off. */
public enum Decision {
    DISCLOSED(RequestState.DISCLOSED),
    PARTIALLY_DISCLOSED(RequestState.PARTIALLY_DISCLOSED),
    REFUSED(RequestState.REFUSED);

    private final RequestState state;

    Decision(RequestState state) {
        this.state = state;
    }

    public RequestState state() {
        return state;
    }

    /** s.45(4): a restriction must be recorded with its ground and signed off by a supervisor. */
    public boolean restricts() {
        return this != DISCLOSED;
    }
}
