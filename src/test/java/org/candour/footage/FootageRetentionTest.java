package org.candour.footage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootageRetentionTest {

    @ParameterizedTest(name = "footage of {0} may be deleted from {1}")
    @CsvSource({
        "2026-03-01, 2026-04-01",
        "2026-12-15, 2027-01-15",
        "2028-02-10, 2028-03-12",  // leap year: 29 February counts
        "2027-02-10, 2027-03-13",
    })
    void deletionDateIsThirtyOneDaysAfterTheIncident(LocalDate incident, LocalDate deletion) {
        assertThat(FootageRetention.deletionDate(incident)).isEqualTo(deletion);
        assertThat(FootageRetention.recordedOn(deletion)).isEqualTo(incident);
    }

    @ParameterizedTest(name = "started {0}: deleted from {1}")
    @CsvSource({
        "2026-03-01T12:00:00Z, 2026-04-01",
        "2026-06-30T23:30:00Z, 2026-08-01",  // 00:30 on 1 July in London (BST): the London date counts
        "2026-03-29T00:30:00Z, 2026-04-29",  // 01:30 BST, 29 March, the day the clocks go forward
        "2026-10-24T23:30:00Z, 2026-11-25",  // 00:30 BST, 25 October, not 24 (UTC)
        "2026-12-31T23:59:59Z, 2027-01-31",  // GMT: the same date as UTC
        "2028-02-10T09:00:00Z, 2028-03-12",  // leap year
    })
    void deletionDateOfARecordingIsItsLondonDatePlusThirtyOneDays(Instant start, LocalDate deletion) {
        assertThat(FootageRetention.deletionDate(start)).isEqualTo(deletion);
    }

    @ParameterizedTest(name = "incident {0}, today {1}: at risk {2}")
    @CsvSource({
        "2026-03-01, 2026-03-01, true",
        "2026-03-01, 2026-03-31, true",   // day 30: the last day to preserve it
        "2026-03-01, 2026-04-01, false",  // day 31: may already be gone
        "2026-03-01, 2026-06-01, false",
    })
    void atRiskUntilTheDeletionDateThenPastDeletion(LocalDate incident, LocalDate today, boolean atRisk) {
        var deletion = FootageRetention.deletionDate(incident);
        assertThat(FootageRetention.isAtRisk(deletion, today)).isEqualTo(atRisk);
        assertThat(FootageRetention.isPastDeletion(deletion, today)).isEqualTo(!atRisk);
    }
}
