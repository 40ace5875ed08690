package org.candour.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The requester did something on the tracking page that the caseworker assigned to the request ({@code assignedTo},
 * a staff username; null while nobody has it) should hear of. Carries no personal data: listeners read what they
 * may see through this module's API.
 */
public sealed interface RequesterActed extends RequestEvent
        permits RequesterReplied, IdentityDocumentsSent, RequestWithdrawnByRequester, InternalReviewAsked {

    @Nullable String assignedTo();

    /** This action's own id: a listener that must act once per action (one email) keys on it. */
    UUID actionId();
}
