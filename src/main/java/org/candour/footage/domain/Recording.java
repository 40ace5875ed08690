package org.candour.footage.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.candour.footage.FootageRetention;
import org.candour.footage.RecordingCategory;

/**
 * The metadata of one recording as the evidence system describes it, already checked. The officer appears only as
 * a pseudonymous key, never a name or collar number.
 */
public record Recording(String id, String cameraId, String boroughCode, Instant start, Instant end,
                        RecordingCategory category, boolean evidential, String officerKey) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The date the normal 31-day rule deletes it on. */
    public LocalDate deletionDate() {
        return FootageRetention.deletionDate(start);
    }
}
