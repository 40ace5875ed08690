package org.candour.disclosure;

import java.time.Instant;
import org.candour.shared.audit.Audited;

/**
 * Delivery of a disclosure copy to the requester, for the audit log: released, viewed, downloaded, erased; a
 * police-station appointment chosen; an original erased when its request closed or kept by a hold. {@code subject}
 * is the request reference; {@code details} names files and their SHA-256, never personal data.
 */
public record DeliveryAudited(String actor, String action, String subject, Instant at, String details)
        implements Audited {

    public static final String REQUESTER = "requester";
    public static final String SYSTEM = "system";

    public static final String RELEASED = "FOOTAGE_RELEASED";
    public static final String VIEWED = "FOOTAGE_VIEWED_BY_REQUESTER";
    public static final String DOWNLOADED = "FOOTAGE_DOWNLOADED";
    public static final String COPY_ERASED = "DISCLOSURE_COPY_ERASED";
    public static final String ORIGINAL_ERASED = "ORIGINAL_FOOTAGE_ERASED";
    public static final String ORIGINAL_KEPT = "ORIGINAL_FOOTAGE_KEPT";
    public static final String APPOINTMENT_CHOSEN = "VIEWING_APPOINTMENT_CHOSEN";
}
