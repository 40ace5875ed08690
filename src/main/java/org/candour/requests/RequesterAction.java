package org.candour.requests;

import static org.candour.requests.RequestState.AWAITING_CLARIFICATION;
import static org.candour.requests.RequestState.AWAITING_IDENTITY;
import static org.candour.requests.RequestState.DISCLOSED;
import static org.candour.requests.RequestState.IDENTITY_VERIFIED;
import static org.candour.requests.RequestState.INTERNAL_REVIEW;
import static org.candour.requests.RequestState.IN_REVIEW;
import static org.candour.requests.RequestState.NO_FOOTAGE_HELD;
import static org.candour.requests.RequestState.PARTIALLY_DISCLOSED;
import static org.candour.requests.RequestState.REFUSED;
import static org.candour.requests.RequestState.SEARCHING;
import static org.candour.requests.RequestState.SUBMITTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.candour.requests.domain.CaseAction;

/**
 * What the requester may do on the tracking page, and from which states: the requester's side of the workflow
 * table (DOMAIN.md). A withdrawn or closed request refuses all of them.
 */
public enum RequesterAction {
    REPLY("reply to it", EnumSet.of(SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED, SEARCHING,
            AWAITING_CLARIFICATION, IN_REVIEW, INTERNAL_REVIEW)),
    SEND_DOCUMENTS("send documents for it", EnumSet.of(SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED, SEARCHING,
            AWAITING_CLARIFICATION, IN_REVIEW, INTERNAL_REVIEW)),
    WITHDRAW("withdraw it", EnumSet.copyOf(Arrays.stream(RequestState.values())
            .filter(CaseAction.WITHDRAW::allowedFrom).toList())),
    ASK_FOR_REVIEW("ask for a review of it", EnumSet.of(DISCLOSED, PARTIALLY_DISCLOSED, REFUSED, NO_FOOTAGE_HELD));

    private final String whatIsRefused;
    private final Set<RequestState> from;

    RequesterAction(String whatIsRefused, Set<RequestState> from) {
        this.whatIsRefused = whatIsRefused;
        this.from = from;
    }

    public boolean allowedFrom(RequestState state) {
        return from.contains(state);
    }

    /** Refuses the action, e.g. "Your request is 'Withdrawn', so you cannot reply to it. Nothing was changed." */
    public void check(RequestState state) {
        if (!allowedFrom(state)) {
            throw new WorkflowException("Your request is '" + state.publicName() + "', so you cannot "
                    + whatIsRefused + ". Nothing was changed.");
        }
    }
}
