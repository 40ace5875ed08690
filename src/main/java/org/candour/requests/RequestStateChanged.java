package org.candour.requests;

import java.util.UUID;

/**
 * A request moved from one workflow state to another (e.g. SEARCHING to IN_REVIEW). {@code changeId} is new for
 * every move, so a listener can tell two moves between the same states apart and never act twice on one.
 */
public record RequestStateChanged(UUID requestId, RequestState from, RequestState to, UUID changeId)
        implements RequestEvent {

    public RequestStateChanged(UUID requestId, RequestState from, RequestState to) {
        this(requestId, from, to, UUID.randomUUID());
    }
}
