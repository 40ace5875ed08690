package org.candour.footage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.candour.footage.RetentionStatus;
import org.candour.requests.domain.FootageRetention;
import org.candour.shared.LondonTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

    @ParameterizedTest(name = "recorded {0}: deleted on {1}")
    @CsvSource({
        "2026-03-01T12:00:00Z, 2026-04-01",
        "2026-06-30T23:30:00Z, 2026-08-01",   // 00:30 on 1 July in London (BST): the London date counts
        "2026-12-31T23:30:00Z, 2027-01-31",   // GMT: the same date as UTC
        "2028-02-10T09:00:00Z, 2028-03-12",   // leap year
    })
    void deletionDateIsTheLondonDateOfTheStartPlus31Days(Instant start, LocalDate deletion) {
        assertThat(RetentionRule.deletionDate(start)).isEqualTo(deletion);
    }

    @ParameterizedTest(name = "recorded {0}: same reading as a request's footage deletion date")
    @CsvSource({"2026-03-01T12:00:00Z", "2026-06-30T23:30:00Z", "2026-10-25T00:30:00Z", "2027-02-10T23:59:59Z"})
    void agreesWithTheRequestsModulesFootageRetention(Instant start) {
        LocalDate londonDate = start.atZone(LondonTime.ZONE).toLocalDate();
        assertThat(RetentionRule.deletionDate(start)).isEqualTo(FootageRetention.deletionDate(londonDate));
    }

    @ParameterizedTest(name = "evidential {0}, holds {1}, deleted {2}, today {3}: {4}, swept {5}")
    @CsvSource(nullValues = "-", value = {
        // evidential, holds, deleted at source, today (deletion date is 2026-04-01), status, sweep marks it
        "false, 0, -,          2026-03-31, AT_RISK,           false",
        "false, 0, -,          2026-04-01, DUE_FOR_DELETION,  true",
        "false, 0, -,          2026-09-01, DUE_FOR_DELETION,  true",
        "true,  0, -,          2026-09-01, EVIDENTIAL,        false",
        "false, 1, -,          2026-09-01, HELD,              false",
        "false, 2, -,          2026-03-01, HELD,              false",
        "true,  1, -,          2026-09-01, EVIDENTIAL,        false",
        "false, 0, 2026-04-01, 2026-09-01, DELETED_AT_SOURCE, false",
    })
    void statusAndSweepFollowTheRule(boolean evidential, int holds, LocalDate deleted, LocalDate today,
                                     RetentionStatus status, boolean swept) {
        LocalDate deletionDate = LocalDate.of(2026, 4, 1);
        assertThat(RetentionRule.status(evidential, holds, deleted, deletionDate, today)).isEqualTo(status);
        assertThat(RetentionRule.isDueForSweep(evidential, holds, deleted, deletionDate, today)).isEqualTo(swept);
    }
}
