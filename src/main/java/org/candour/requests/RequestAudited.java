package org.candour.requests;

import java.time.Instant;
import org.candour.shared.audit.Audited;

/**
 * A view of a requester's personal data or a casework decision, for the audit log. {@code subject} is the request
 * reference; {@code details} never carries personal data or free text a caseworker typed.
 */
public record RequestAudited(String actor, String action, String subject, Instant at, String details)
        implements Audited {
}
