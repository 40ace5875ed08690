package org.candour.footage;

/** Where a recording stands against the 31-day rule on a given London date. */
public enum RetentionStatus {
    /** Marked evidential in the evidence system: kept and reviewed under MoPI, never deleted by the 31-day rule. */
    EVIDENTIAL,
    /** Preserved by at least one hold placed in the portal: not deleted while any hold is in place. */
    HELD,
    /** Will be deleted on its deletion date unless it is preserved first. */
    AT_RISK,
    /** Its deletion date has come: the source may already have deleted it; the next sweep records that. */
    DUE_FOR_DELETION,
    /** Recorded as deleted at source by the retention sweep; only its metadata remains, for statistics. */
    DELETED_AT_SOURCE
}
