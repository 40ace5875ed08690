package org.candour.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The requester replied to a message. {@code clockResumed}: it answered a question for clarification, so the
 * s.54(3C) pause ended on the day it arrived and a caseworker is to confirm the answer.
 */
public record RequesterReplied(UUID requestId, @Nullable String assignedTo, boolean clockResumed, int attachments,
                               UUID actionId)
        implements RequesterActed {
}
