package org.candour.footage;

import java.time.Instant;
import java.time.LocalDate;
import org.candour.shared.LondonTime;

/**
 * The 31-day rule of body-worn video, the one place it is written: footage not marked evidential is deleted
 * automatically on the London date it was recorded plus 31 days. Before that date it still exists and is at risk;
 * from that date on it may be gone. The catalogue's sweep ({@code RetentionRule}) and the requests' deletion
 * dates, queue, index and statistics all read it from here.
 */
public final class FootageRetention {

    /** Non-evidential footage is kept for at most this many days after recording. */
    public static final int RETENTION_DAYS = 31;

    private FootageRetention() {
    }

    /** The day from which non-evidential footage recorded on {@code recordedOn} may have been deleted. */
    public static LocalDate deletionDate(LocalDate recordedOn) {
        return recordedOn.plusDays(RETENTION_DAYS);
    }

    /** The deletion date of a recording that started at {@code start}: its London date + 31 days. */
    public static LocalDate deletionDate(Instant start) {
        return deletionDate(LondonTime.dateOf(start));
    }

    /** The recording date whose footage has this deletion date. */
    public static LocalDate recordedOn(LocalDate deletionDate) {
        return deletionDate.minusDays(RETENTION_DAYS);
    }

    /** True while the footage may still exist but will be deleted unless kept: today is before its deletion date. */
    public static boolean isAtRisk(LocalDate deletionDate, LocalDate today) {
        return today.isBefore(deletionDate);
    }

    /** True from the deletion date on: unless it was kept, the footage may be gone. */
    public static boolean isPastDeletion(LocalDate deletionDate, LocalDate today) {
        return !isAtRisk(deletionDate, today);
    }
}
