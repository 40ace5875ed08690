package org.candour.requests;

import java.time.Instant;
import java.util.UUID;

/** A link a complaint body proposed that the requester has not consented to: a supervisor may approve it. */
public record LinkAwaitingApproval(String reference, String stateLabel, UUID complaintBodyId, String complaintBody,
                                   String complaintReference, String proposedBy, Instant proposedAt) {
}
