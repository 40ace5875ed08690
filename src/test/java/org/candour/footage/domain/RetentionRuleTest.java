package org.candour.footage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.candour.footage.RetentionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionRuleTest {

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
