package org.candour.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requester asked, with reasons, for an internal review of the decision on their request. */
public record InternalReviewAsked(UUID requestId, @Nullable String assignedTo, UUID actionId) implements RequesterActed {
}
