package org.candour.identity;

import java.time.Instant;
import org.candour.shared.audit.Audited;

/**
 * A change to a staff account, for the audit log. {@code subject} is the account's username; {@code details} says
 * what changed (roles granted and removed, never a password).
 */
public record StaffAccountAudited(String actor, String action, String subject, Instant at, String details)
        implements Audited {
}
