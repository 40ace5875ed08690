package org.candour.requests.domain;

import java.time.LocalDate;

/**
 * The retention window of body-worn video: footage not marked evidential is deleted automatically within 31 days
 * of recording, so a request about a recent incident must first find and preserve the footage.
 */
public final class FootageRetention {

    /** Non-evidential footage is kept for at most this many days after recording. */
    public static final int RETENTION_DAYS = 31;

    private FootageRetention() {
    }

    /** The day by which non-evidential footage of the incident may have been deleted: incident date + 31 days. */
    public static LocalDate deletionDate(LocalDate incidentDate) {
        return incidentDate.plusDays(RETENTION_DAYS);
    }

    /** True while the footage may still exist but will be deleted unless marked evidential (today before deletion). */
    public static boolean isAtRisk(LocalDate incidentDate, LocalDate today) {
        return today.isBefore(deletionDate(incidentDate));
    }

    /** True from the deletion date on: unless it was marked evidential, the footage may be gone. */
    public static boolean isPastDeletion(LocalDate incidentDate, LocalDate today) {
        return !isAtRisk(incidentDate, today);
    }
}
