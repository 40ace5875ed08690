package org.candour.requests;

import org.jspecify.annotations.Nullable;

/**
 * The requester did something on the tracking page that the caseworker assigned to the request ({@code assignedTo},
 * a staff username; null while nobody has it) should hear of. Carries no personal data: listeners read what they
 * may see through this module's API.
 */
public sealed interface RequesterActed extends RequestEvent
        permits RequesterReplied, IdentityDocumentsSent, RequestWithdrawnByRequester, InternalReviewAsked {

    @Nullable String assignedTo();
}
