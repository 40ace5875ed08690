package org.candour.requests;

import java.util.UUID;

/** Casework changed a request without moving its state (assignment, extension, complaint link, recording held). */
public record RequestUpdated(UUID requestId) implements RequestEvent {
}
