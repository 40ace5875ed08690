package org.candour.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.candour.shared.LondonTime;
import org.candour.statistics.UpcomingRelease;

/**
 * The release calendar as iCalendar (RFC 5545): one event per scheduled release, in UTC so that no time-zone
 * definition is needed. An event's UID is its date, so a calendar that subscribed keeps each release as one event
 * across refreshes. Lines end in CRLF and are folded at 75 octets (RFC 5545 3.1); text is escaped (3.3.11). No
 * METHOD: it is a calendar to subscribe to, not an iTIP (RFC 5546) message, whose PUBLISH would need an ORGANIZER.
 */
final class ICalendarFeed {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm")
            .withZone(LondonTime.ZONE);

    private ICalendarFeed() {
    }

    static byte[] render(List<UpcomingRelease> upcoming, Instant now, String publicUrl, String host) {
        var out = new StringBuilder(512 + upcoming.size() * 512);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Candour//Statistics release calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text("Candour statistics releases"));
        for (UpcomingRelease release : upcoming) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:statistics-release-" + UID_DATE.format(release.publishedAt()) + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
            line(out, "DTSTART:" + UTC.format(release.publishedAt()));
            line(out, "DURATION:PT30M");
            line(out, "SUMMARY:" + text("Statistics release: police body-worn video in London"));
            line(out, "DESCRIPTION:" + text("Scheduled release of anonymised statistics on body-worn video "
                    + "recordings and footage requests by London borough, with figures from "
                    + LondonTime.inWords(release.periodFrom()) + " to " + LondonTime.inWords(release.periodTo())
                    + ". Published at " + publicUrl + "/statistics and as open data at " + publicUrl
                    + "/api/v1/statistics/releases/latest."));
            line(out, "URL:" + publicUrl + "/statistics");
            line(out, "STATUS:CONFIRMED");
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), continuation lines with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
