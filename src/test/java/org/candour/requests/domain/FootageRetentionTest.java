package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
    }

    @ParameterizedTest(name = "incident {0}, today {1}: at risk {2}")
    @CsvSource({
        "2026-03-01, 2026-03-01, true",
        "2026-03-01, 2026-03-31, true",   // day 30: the last day to preserve it
        "2026-03-01, 2026-04-01, false",  // day 31: may already be gone
        "2026-03-01, 2026-06-01, false",
    })
    void atRiskUntilTheDeletionDateThenPastDeletion(LocalDate incident, LocalDate today, boolean atRisk) {
        assertThat(FootageRetention.isAtRisk(incident, today)).isEqualTo(atRisk);
        assertThat(FootageRetention.isPastDeletion(incident, today)).isEqualTo(!atRisk);
    }
}
