package org.candour.footage.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.candour.footage.RetentionStatus;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;

/**
 * The 31-day rule for body-worn video: footage not marked evidential is deleted automatically on the London date
 * of its start plus 31 days; it is at risk before that date and may be gone from it on (the same reading as the
 * requests module's {@code FootageRetention}). Evidential footage (MoPI) and footage under a preservation hold are
 * never deleted by the rule. When the last hold is released the recording follows the normal rule again: if its
 * deletion date has passed, the next sweep records it as deleted.
 */
public final class RetentionRule {

    public static final int RETENTION_DAYS = 31;

    private RetentionRule() {
    }

    public static LocalDate deletionDate(Instant start) {
        return start.atZone(LondonTime.ZONE).toLocalDate().plusDays(RETENTION_DAYS);
    }

    /** True when the sweep on {@code today} must record the recording as deleted at source. */
    public static boolean isDueForSweep(boolean evidential, int activeHolds, @Nullable LocalDate deletedAtSource,
                                        LocalDate deletionDate, LocalDate today) {
        return !evidential && activeHolds == 0 && deletedAtSource == null && !today.isBefore(deletionDate);
    }

    public static RetentionStatus status(boolean evidential, int activeHolds, @Nullable LocalDate deletedAtSource,
                                         LocalDate deletionDate, LocalDate today) {
        if (deletedAtSource != null) {
            return RetentionStatus.DELETED_AT_SOURCE;
        }
        if (evidential) {
            return RetentionStatus.EVIDENTIAL;
        }
        if (activeHolds > 0) {
            return RetentionStatus.HELD;
        }
        return today.isBefore(deletionDate) ? RetentionStatus.AT_RISK : RetentionStatus.DUE_FOR_DELETION;
    }
}
