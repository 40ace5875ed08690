package org.candour.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the portal are London dates; instants are UTC. Dates are written the GOV.UK way: "12 December 2026". */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter LONG_DATE_WITH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    private LondonTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static String inWords(LocalDate date) {
        return LONG_DATE.format(date);
    }

    public static String inWordsWithDay(LocalDate date) {
        return LONG_DATE_WITH_DAY.format(date);
    }
}
