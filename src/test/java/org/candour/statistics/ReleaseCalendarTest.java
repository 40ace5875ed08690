package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The calendar announces exactly the moments the schedule will publish, in London time, with their periods. */
class ReleaseCalendarTest {

    private static final String MONTHLY = "0 0 6 1 * *";

    static Stream<Arguments> nextRelease() {
        return Stream.of(
                // now, next publication (UTC), the period it covers (36 months)
                Arguments.of("2026-11-26T10:00:00Z", "2026-12-01T06:00:00Z", "2024-01-01", "2026-12-01"),
                // winter: 06:00 London is 06:00 UTC; summer time: 05:00 UTC
                Arguments.of("2027-03-15T00:00:00Z", "2027-04-01T05:00:00Z", "2024-05-01", "2027-04-01"),
                // at the very moment of a release, the next one is a month later
                Arguments.of("2026-12-01T06:00:00Z", "2027-01-01T06:00:00Z", "2024-02-01", "2027-01-01"),
                // a second before it, it is still that one
                Arguments.of("2026-12-01T05:59:59Z", "2026-12-01T06:00:00Z", "2024-01-01", "2026-12-01"),
                // the evening before a release day (London is on UTC again from 25 October 2026)
                Arguments.of("2026-10-31T23:30:00Z", "2026-11-01T06:00:00Z", "2023-12-01", "2026-11-01"));
    }

    @ParameterizedTest(name = "at {0} the next release is at {1}")
    @MethodSource
    void nextRelease(String now, String expected, String from, String to) {
        var calendar = new ReleaseCalendar(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), MONTHLY, 36);

        var next = calendar.upcoming(1).getFirst();

        assertThat(next.publishedAt()).isEqualTo(Instant.parse(expected));
        assertThat(next.periodFrom()).isEqualTo(LocalDate.parse(from));
        assertThat(next.periodTo()).isEqualTo(LocalDate.parse(to));
    }

    @Test
    void aYearOfMonthlyReleasesIsAnnouncedSoonestFirst() {
        var calendar = new ReleaseCalendar(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
                MONTHLY, 36);

        var upcoming = calendar.upcoming(12);

        assertThat(upcoming).hasSize(12);
        assertThat(upcoming.getLast().publishedAt()).isEqualTo(Instant.parse("2027-11-01T06:00:00Z"));
        assertThat(upcoming).isSortedAccordingTo((a, b) -> a.publishedAt().compareTo(b.publishedAt()));
        assertThat(calendar.scheduled()).isTrue();
    }

    @Test
    void whenTheScheduleIsOffNothingIsAnnounced() {
        var calendar = new ReleaseCalendar(Clock.systemUTC(), "-", 36);

        assertThat(calendar.scheduled()).isFalse();
        assertThat(calendar.upcoming(12)).isEmpty();
    }
}
