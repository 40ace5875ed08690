package org.candour.disclosure.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** Moments in a clip as caseworkers read and type them: seconds with up to three decimals, shown as 0:01.250. */
public final class ClipTimes {

    private ClipTimes() {
    }

    /** Minutes, seconds and milliseconds: 1:05.250. */
    public static String format(Duration at) {
        long millis = at.toMillis();
        return String.format(Locale.UK, "%d:%02d.%03d", millis / 60_000, millis / 1000 % 60, millis % 1000);
    }

    /** A number of seconds typed by a person ("1.5"), to the millisecond. */
    public static Duration seconds(BigDecimal seconds) {
        try {
            return Duration.ofMillis(seconds.setScale(3, RoundingMode.HALF_UP).movePointRight(3).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("Enter a time within the clip, in seconds.");
        }
    }
}
