package org.candour.footage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A recording's metadata for casework, with where it stands against the 31-day rule today. {@code deletionDate} is
 * the date the rule deletes it on; it is null while the recording is evidential or held (nothing deletes it then)
 * and once it has been deleted at source ({@code deletedAtSource} says when that was recorded). {@code cadReference}
 * is the incident (CAD) reference recorded on it when a caseworker attached it to a request that named one.
 */
public record RecordingSummary(String id, String cameraId, String boroughCode, Instant start, Instant end,
                               RecordingCategory category, boolean evidential, boolean held, String officerKey,
                               @Nullable LocalDate deletionDate, @Nullable LocalDate deletedAtSource,
                               RetentionStatus status, @Nullable String cadReference) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True while the footage still exists but will be deleted on its deletion date unless it is preserved. */
    public boolean atRisk() {
        return status == RetentionStatus.AT_RISK;
    }
}
