package org.candour.requests;

import java.util.UUID;

/**
 * Given when filing: "I have complained to this body, reference ...; share my request with them", and, if
 * {@code shareIdentity}, who I am too. The body sees nothing until it proposes the same link (see
 * {@link ComplaintCases}).
 */
public record ComplaintConsent(UUID complaintBodyId, String complaintReference, boolean shareIdentity) {
}
