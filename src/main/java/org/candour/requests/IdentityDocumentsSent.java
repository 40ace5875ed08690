package org.candour.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requester sent further identity documents from the tracking page. */
public record IdentityDocumentsSent(UUID requestId, @Nullable String assignedTo, int documents, UUID actionId)
        implements RequesterActed {
}
