package org.candour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LondonTimeTest {

    @ParameterizedTest
    @CsvSource({
        // Greenwich Mean Time: the London date is the UTC date.
        "2026-01-15T23:59:59Z, 2026-01-15",
        "2026-01-16T00:00:00Z, 2026-01-16",
        // British Summer Time: an hour ahead, so 23:00 UTC is already the next day.
        "2026-06-30T22:59:59.999999999Z, 2026-06-30",
        "2026-06-30T23:00:00Z, 2026-07-01",
        // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
        "2026-03-28T23:30:00Z, 2026-03-28",
        "2026-03-29T00:59:59Z, 2026-03-29",
        "2026-03-29T01:00:00Z, 2026-03-29",
        "2026-03-29T23:00:00Z, 2026-03-30",
        "2026-10-24T23:00:00Z, 2026-10-25",
        "2026-10-25T00:59:59Z, 2026-10-25",
        "2026-10-25T01:00:00Z, 2026-10-25",
        "2026-10-25T23:00:00Z, 2026-10-25",
        // British Standard Time (GMT+1 all year, 1968-1971), before 1970 and before the first change (1847).
        "1969-12-31T23:30:00Z, 1970-01-01",
        "1847-12-01T00:00:00Z, 1847-11-30",
        "2099-07-01T23:00:00Z, 2099-07-02",
    })
    void theLondonDateOfAnInstant(Instant instant, LocalDate date) {
        assertThat(LondonTime.dateOf(instant)).isEqualTo(date);
        assertThat(instant.atZone(LondonTime.ZONE).toLocalDate()).as("java.time agrees").isEqualTo(date);
    }

    @Test
    void agreesWithJavaTimeForInstantsInAnyOrder() {
        var random = new SplittableRandom(2026);
        long from = Instant.parse("1840-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();
        long second = Instant.parse("2025-03-30T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            // Mostly small steps forward (an import), sometimes a jump anywhere, across clock changes.
            second = i % 50 == 0 ? random.nextLong(from, until) : second + random.nextLong(-600, 3_600);
            var instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            assertThat(LondonTime.dateOf(instant)).as("%s", instant)
                    .isEqualTo(instant.atZone(LondonTime.ZONE).toLocalDate());
        }
    }
}
