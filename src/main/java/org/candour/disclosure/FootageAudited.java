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
}
