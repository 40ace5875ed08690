package org.candour.requests;

import java.util.UUID;

/**
 * Casework changed a request without moving its state ({@code what}: an extension, a message to the requester,
 * or other casework). {@code changeId} is new for every change, so a listener can tell two changes apart and never
 * act twice on one (notifications key their messages by it).
 */
public record RequestUpdated(UUID requestId, RequestUpdate what, UUID changeId) implements RequestEvent {

    public RequestUpdated(UUID requestId, RequestUpdate what) {
        this(requestId, what, UUID.randomUUID());
    }
}
