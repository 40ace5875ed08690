package org.candour.requests;

import java.util.UUID;

/** A request moved from one workflow state to another (e.g. SEARCHING to IN_REVIEW). */
public record RequestStateChanged(UUID requestId, RequestState from, RequestState to) implements RequestEvent {
}
