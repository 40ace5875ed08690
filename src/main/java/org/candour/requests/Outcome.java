package org.candour.requests;

import java.util.Arrays;
import java.util.Optional;

/** How a request was answered: the four outcome states, the first of which reached is the request's outcome. */
public enum Outcome {
    DISCLOSED(RequestState.DISCLOSED),
    PARTIALLY_DISCLOSED(RequestState.PARTIALLY_DISCLOSED),
    REFUSED(RequestState.REFUSED),
    NO_FOOTAGE_HELD(RequestState.NO_FOOTAGE_HELD);

    private final RequestState state;

    Outcome(RequestState state) {
        this.state = state;
    }

    public RequestState state() {
        return state;
    }

    /** The outcome a request in {@code state} has reached, if that state is an outcome. */
    public static Optional<Outcome> of(RequestState state) {
        return Arrays.stream(values()).filter(outcome -> outcome.state == state).findFirst();
    }

    public String staffName() {
        return state.staffName();
    }
}
