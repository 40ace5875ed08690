package org.candour.disclosure;

import java.time.Instant;
import org.candour.shared.audit.Audited;

/**
 * A footage file stored, viewed or delivered, for the audit log (chain of custody). {@code subject} is the request
 * reference; {@code details} names the file, its SHA-256 and facts, never personal data.
 */
public record FootageAudited(String actor, String action, String subject, Instant at, String details)
        implements Audited {

    public static final String STORED = "FOOTAGE_STORED";
    public static final String VIEWED = "FOOTAGE_VIEWED";
    /** Faces searched for, or a render asked for, on an original (its plaintext is opened). */
    public static final String REDACTION = "FOOTAGE_REDACTION";
    /** A disclosure copy rendered and stored, with its SHA-256 and the SHA-256 of its redaction log. */
    public static final String RENDERED = "FOOTAGE_RENDERED";
    /** A supervisor's sign-off approved a disclosure copy for release. */
    public static final String COPY_APPROVED = "DISCLOSURE_COPY_APPROVED";
    /** A disclosure copy superseded by a newer one (or not the one approved) deleted from the store. */
    public static final String COPY_ERASED = "DISCLOSURE_COPY_SUPERSEDED_ERASED";
}
