package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-07 | 2026-04-07 | Tuesday, a working day
            2026-01-02 | 2026-01-02 | Friday 2 January, a holiday in Scotland only
            2026-07-11 | 2026-07-13 | Saturday -> Monday
            2026-07-12 | 2026-07-13 | Sunday -> Monday
            2026-04-03 | 2026-04-07 | Good Friday -> past Easter Monday to Tuesday
            2026-04-04 | 2026-04-07 | Easter Saturday -> Tuesday
            2026-12-24 | 2026-12-24 | Christmas Eve is a working day
            2026-12-25 | 2026-12-29 | Christmas Friday -> Boxing Day substitute Monday 28 -> Tuesday
            2027-12-25 | 2027-12-29 | Christmas Saturday -> substitutes Monday 27 and Tuesday 28 -> Wednesday
            2028-01-01 | 2028-01-04 | New Year's Day Saturday -> substitute Monday 3 -> Tuesday
            2022-06-02 | 2022-06-06 | Platinum Jubilee Thursday and Friday -> Monday
            2020-05-08 | 2020-05-11 | VE Day Friday -> Monday
            2020-05-04 | 2020-05-04 | first Monday of May 2020 was a working day
            """)
    void onOrAfterRollsPastWeekendsAndBankHolidays(LocalDate date, LocalDate expected, String why) {
        assertThat(WorkingDays.onOrAfter(date)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
    @CsvSource({
        "2026-03-27, 2026-04-02, 4",  // Fri -> Mon, Tue, Wed, Thu
        "2026-04-02, 2026-04-09, 3",  // Good Friday and Easter Monday skipped: Tue, Wed, Thu
        "2026-04-02, 2026-04-02, 0",
        "2026-04-03, 2026-04-02, 0",
        "2026-12-24, 2027-01-04, 4",  // 29, 30, 31 Dec and 4 Jan
    })
    void countAfterUpTo(LocalDate from, LocalDate to, int expected) {
        assertThat(WorkingDays.countAfterUpTo(from, to)).isEqualTo(expected);
    }
}
