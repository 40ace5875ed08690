package org.candour.footage.domain;

import java.time.LocalDate;
import org.candour.footage.FootageRetention;
import org.candour.footage.RetentionStatus;
import org.jspecify.annotations.Nullable;

/**
 * The sweep of the 31-day rule ({@link FootageRetention}: deleted on the London date of its start plus 31 days)
 * over the catalogue. Evidential footage (MoPI) and footage under a preservation hold are never deleted by it.
 * When the last hold is released the recording follows the normal rule again: if its deletion date has passed,
 * the next sweep records it as deleted.
 */
public final class RetentionRule {

    private RetentionRule() {
    }

    /** True when the sweep on {@code today} must record the recording as deleted at source. */
    public static boolean isDueForSweep(boolean evidential, int activeHolds, @Nullable LocalDate deletedAtSource,
                                        LocalDate deletionDate, LocalDate today) {
        return !evidential && activeHolds == 0 && deletedAtSource == null
                && FootageRetention.isPastDeletion(deletionDate, today);
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
        return FootageRetention.isAtRisk(deletionDate, today) ? RetentionStatus.AT_RISK
                : RetentionStatus.DUE_FOR_DELETION;
    }
}
