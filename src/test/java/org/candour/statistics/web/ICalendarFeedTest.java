package org.candour.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.candour.statistics.UpcomingRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 5545's text escaping and line folding, which calendar clients are strict about. */
class ICalendarFeedTest {

    static Stream<Arguments> escaping() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a, b; c", "a\\, b\\; c"),
                Arguments.of("back\\slash", "back\\\\slash"),
                Arguments.of("two\nlines", "two\\nlines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void escaping(String value, String escaped) {
        assertThat(ICalendarFeed.text(value)).isEqualTo(escaped);
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        var out = new StringBuilder();
        String content = "DESCRIPTION:" + "é".repeat(100) + "x".repeat(50);

        ICalendarFeed.line(out, content);

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines[lines.length - 1]).isEmpty(); // ends in CRLF
        for (int i = 0; i < lines.length - 1; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(lines[i]).doesNotContain("\uFFFD");
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        String unfolded = out.toString().replace("\r\n ", "").replace("\r\n", "");
        assertThat(unfolded).isEqualTo(content);
    }

    @Test
    void everyEventHasAStableUidAndUtcTimes() {
        var release = new UpcomingRelease(Instant.parse("2027-04-01T05:00:00Z"), LocalDate.parse("2024-05-01"),
                LocalDate.parse("2027-04-01"));
        String first = new String(ICalendarFeed.render(List.of(release), Instant.parse("2026-11-26T10:00:00Z"),
                "https://candour.example", "candour.example"), StandardCharsets.UTF_8);
        String later = new String(ICalendarFeed.render(List.of(release), Instant.parse("2027-01-02T10:00:00Z"),
                "https://candour.example", "candour.example"), StandardCharsets.UTF_8);

        assertThat(first).contains("UID:statistics-release-20270401T0600@candour.example\r\n",
                "DTSTART:20270401T050000Z\r\n", "DTSTAMP:20261126T100000Z\r\n");
        assertThat(later).contains("UID:statistics-release-20270401T0600@candour.example\r\n");
    }
}
