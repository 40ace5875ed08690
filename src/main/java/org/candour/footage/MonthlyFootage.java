package org.candour.footage;

import java.time.YearMonth;

/**
 * What the catalogue holds for one borough and one month (the London month in which recordings started): raw
 * counts, before any disclosure control. {@code cameras} is the number of distinct cameras that recorded there
 * that month; {@code deletedAtSource} counts the month's recordings that the 31-day sweep has recorded as deleted.
 */
public record MonthlyFootage(String boroughCode, YearMonth month, long cameras, long recordings,
                             long secondsRecorded, long evidential, long deletedAtSource, long stopAndSearch) {
}
