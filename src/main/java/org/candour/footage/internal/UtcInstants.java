package org.candour.footage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads ISO-8601 instants. The form evidence systems export, {@code 2026-11-20T21:03:00Z}, is read by hand (the
 * import reads two per row, millions of rows); anything else, such as fractions of a second or an offset, goes to
 * {@link OffsetDateTime#parse}. Both refuse a date and time without a zone.
 */
final class UtcInstants {

    private UtcInstants() {
    }

    static Instant parse(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
                    && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** The number written by {@code length} digits from {@code from}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
