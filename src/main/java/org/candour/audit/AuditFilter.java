package org.candour.audit;

/** Narrows the audit log to entries whose subject and actor contain these texts (ignoring case); blank is any. */
public record AuditFilter(String subject, String actor) {

    public static final AuditFilter NONE = new AuditFilter("", "");

    public AuditFilter {
        subject = subject.strip();
        actor = actor.strip();
    }
}
