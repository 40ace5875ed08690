package org.candour.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A new tracking secret was set through a one-time link ({@code resetId}): the requester is told by email, so that
 * someone who took over their email account cannot quietly take over the request as well.
 */
public record TrackingSecretChanged(UUID requestId, UUID resetId, Instant changedAt) {
}
