package org.candour.requests;

import java.util.UUID;

/** A member of the public filed a footage request. Carries the id only: listeners read what they may see. */
public record RequestSubmitted(UUID requestId) implements RequestEvent {
}
