package org.candour.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requester withdrew their request from the tracking page. */
public record RequestWithdrawnByRequester(UUID requestId, @Nullable String assignedTo, UUID actionId) implements RequesterActed {
}
