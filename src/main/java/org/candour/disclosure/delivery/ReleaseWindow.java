package org.candour.disclosure.delivery;

import java.time.Instant;
import java.time.LocalDate;
import org.candour.shared.LondonTime;

/**
 * How long a released copy stays available: to the end of the {@code days}-th London day after the day it was
 * approved (so a copy approved at 23:30 still gets its full days), and when to warn that it will be deleted.
 */
public record ReleaseWindow(int days, int warnDaysBefore) {

    public ReleaseWindow {
        if (days < 1 || warnDaysBefore < 0) {
            throw new IllegalArgumentException("A copy is available for at least one day");
        }
    }

    public LocalDate lastDay(Instant approvedAt) {
        return approvedAt.atZone(LondonTime.ZONE).toLocalDate().plusDays(days);
    }

    /** The first instant at which the copy is no longer available: midnight at the end of its last day. */
    public Instant availableUntil(Instant approvedAt) {
        return lastDay(approvedAt).plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }

    /** Copies that run out up to this instant are due their "will be deleted" warning at {@code now}. */
    public Instant warnUntil(Instant now) {
        return now.atZone(LondonTime.ZONE).plusDays(warnDaysBefore).toInstant();
    }
}
