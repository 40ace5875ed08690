package org.candour.requests.domain;

import org.candour.requests.WorkflowException;
import static org.candour.requests.RequestState.AWAITING_CLARIFICATION;
import static org.candour.requests.RequestState.AWAITING_IDENTITY;
import static org.candour.requests.RequestState.CLOSED;
import static org.candour.requests.RequestState.DISCLOSED;
import static org.candour.requests.RequestState.IDENTITY_VERIFIED;
import static org.candour.requests.RequestState.INTERNAL_REVIEW;
import static org.candour.requests.RequestState.IN_REVIEW;
import static org.candour.requests.RequestState.NO_FOOTAGE_HELD;
import static org.candour.requests.RequestState.PARTIALLY_DISCLOSED;
import static org.candour.requests.RequestState.REFUSED;
import static org.candour.requests.RequestState.SEARCHING;
import static org.candour.requests.RequestState.SUBMITTED;

import java.util.EnumSet;
import org.candour.requests.RequestState;
import java.util.Set;

/** The workflow table (DOMAIN.md): each casework action and the states it may be taken from. */
public enum CaseAction {
    REQUEST_IDENTITY_DOCUMENTS("ask for identity documents", EnumSet.of(SUBMITTED, AWAITING_IDENTITY)),
    VERIFY_IDENTITY("have its identity verified", EnumSet.of(SUBMITTED, AWAITING_IDENTITY)),
    START_SEARCH("start the footage search", EnumSet.of(IDENTITY_VERIFIED)),
    ASK_FOR_CLARIFICATION("ask for clarification", EnumSet.of(IDENTITY_VERIFIED, SEARCHING, IN_REVIEW)),
    CLARIFICATION_RECEIVED("record a clarification", EnumSet.of(AWAITING_CLARIFICATION)),
    START_REVIEW("go to review", EnumSet.of(SEARCHING)),
    DECIDE("be decided", EnumSet.of(IN_REVIEW, INTERNAL_REVIEW)),
    NO_FOOTAGE_HELD_ANSWER("be answered 'no footage held'", EnumSet.of(IDENTITY_VERIFIED, SEARCHING, IN_REVIEW,
            INTERNAL_REVIEW)),
    EXTEND("be extended", EnumSet.of(IDENTITY_VERIFIED, SEARCHING, AWAITING_CLARIFICATION, IN_REVIEW)),
    WITHDRAW("be withdrawn", EnumSet.of(SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED, SEARCHING,
            AWAITING_CLARIFICATION, IN_REVIEW)),
    CLOSE("be closed", EnumSet.of(DISCLOSED, PARTIALLY_DISCLOSED, REFUSED, NO_FOOTAGE_HELD)),
    REQUEST_INTERNAL_REVIEW("go to internal review", EnumSet.of(DISCLOSED, PARTIALLY_DISCLOSED, REFUSED,
            NO_FOOTAGE_HELD, CLOSED)),
    RECORD_ICO_REFERRAL("have an ICO referral recorded", EnumSet.of(DISCLOSED, PARTIALLY_DISCLOSED, REFUSED,
            NO_FOOTAGE_HELD, CLOSED, INTERNAL_REVIEW)),
    ATTACH_RECORDING("have recordings attached", EnumSet.of(SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED,
            SEARCHING, AWAITING_CLARIFICATION, IN_REVIEW, INTERNAL_REVIEW)),
    ASSIGN("be assigned", EnumSet.of(SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED, SEARCHING,
            AWAITING_CLARIFICATION, IN_REVIEW, INTERNAL_REVIEW));

    private final String whatIsRefused;
    private final Set<RequestState> from;

    CaseAction(String whatIsRefused, Set<RequestState> from) {
        this.whatIsRefused = whatIsRefused;
        this.from = from;
    }

    public boolean allowedFrom(RequestState state) {
        return from.contains(state);
    }

    /** Refuses the action with a message naming the state, e.g. "A request that is 'Received' cannot be decided." */
    void check(RequestState state) {
        if (!allowedFrom(state)) {
            throw new WorkflowException("A request that is '" + state.publicName() + "' cannot " + whatIsRefused
                    + ".");
        }
    }
}
