package org.candour.requests;

import java.util.Arrays;
import java.util.List;

/**
 * The stored states of a footage request (see DOMAIN.md). "Overdue" and "footage at risk" are not states: they are
 * computed from the due dates and the clock when read.
 */
public enum RequestState {
    SUBMITTED("Received", "We have received your request and will check your identity documents."),
    AWAITING_IDENTITY("Checking your identity", "We need to confirm your identity before we can search for "
            + "footage. The one-month time limit starts when we have."),
    IDENTITY_VERIFIED("Identity confirmed", "We have confirmed your identity and will search for footage."),
    SEARCHING("Searching for footage", "We are looking for footage that matches what you told us."),
    AWAITING_CLARIFICATION("Waiting for your reply",
            "We have asked you for more information. The time limit is paused until you reply (s.54(3C))."),
    IN_REVIEW("Reviewing footage", "We have found and preserved footage and are reviewing it before release."),
    DISCLOSED("Footage released", "We have released the footage to you."),
    PARTIALLY_DISCLOSED("Footage partly released", "We have released part of the footage. Our letter explains why."),
    REFUSED("Request refused", "We cannot release the footage. Our letter explains why and how to challenge this."),
    NO_FOOTAGE_HELD("No footage held", "We do not hold footage that matches your request. Our letter explains why."),
    WITHDRAWN("Withdrawn", "You withdrew this request."),
    CLOSED("Closed", "This request is closed."),
    INTERNAL_REVIEW("Internal review", "You asked us to review our decision. We will reply with the outcome.");

    private final String publicName;
    private final String publicExplanation;

    RequestState(String publicName, String publicExplanation) {
        this.publicName = publicName;
        this.publicExplanation = publicExplanation;
    }

    /** The open states, in workflow order. */
    public static List<RequestState> open() {
        return Arrays.stream(values()).filter(RequestState::isOpen).toList();
    }

    /** Still being worked on: no outcome yet, not withdrawn or closed. */
    public boolean isOpen() {
        return switch (this) {
            case DISCLOSED, PARTIALLY_DISCLOSED, REFUSED, NO_FOOTAGE_HELD, WITHDRAWN, CLOSED -> false;
            default -> true;
        };
    }

    /**
     * Open, and not waiting for the requester's clarification, during which the s.54 clock stands still
     * (s.54(3C)). Before identity is verified the clock has not started (s.54(3)), and there is no due date yet.
     */
    public boolean clockMayRun() {
        return isOpen() && this != AWAITING_CLARIFICATION;
    }

    /** The name a member of the public reads, e.g. "Waiting for your reply". */
    public String publicName() {
        return publicName;
    }

    /** The name staff read, on every staff page: the public one, except where that speaks to the requester. */
    public String staffName() {
        return switch (this) {
            case AWAITING_IDENTITY -> "Awaiting identity";
            case AWAITING_CLARIFICATION -> "Awaiting clarification";
            default -> publicName;
        };
    }

    public String publicExplanation() {
        return publicExplanation;
    }
}
