package org.candour.audit;

import java.time.Instant;

/** An entry of the audit log as pages show it, with its place in the chain. */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject, String details,
                         String previousHash, String hash) {
}
