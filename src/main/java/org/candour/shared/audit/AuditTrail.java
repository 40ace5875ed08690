package org.candour.shared.audit;

/**
 * Writes to the audit log at once, inside the caller's transaction: for the few places that must not go ahead
 * without an entry (showing a requester's personal data). If the caller's transaction rolls back, so does the entry.
 * Everything else publishes {@link Audited} events. Implemented by the audit module, so that modules can audit
 * without depending on it.
 */
public interface AuditTrail {

    /**
     * Appends the entry to the log, or throws (and the caller's transaction should fail) if it cannot.
     *
     * @throws IllegalArgumentException if a field is blank where it must not be, too long, or has control characters
     */
    void record(Audited entry);
}
