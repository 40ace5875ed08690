package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected dates are the England and Wales lists published at https://www.gov.uk/bank-holidays.
 *
 * <p>PIT reports the mutants of {@code compute} as surviving: each year is computed once per JVM and cached, so a
 * mutant swapped in after the first test never runs. Made by hand (the one-off moves left out), such a mutant fails
 * 8 of these cases.
 */
class EnglandAndWalesBankHolidaysTest {

    @ParameterizedTest(name = "{0}: {1} bank holidays")
    @CsvSource(delimiter = '|', textBlock = """
            2020 | 8  | 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
            2021 | 8  | 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
            2022 | 10 | 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
            2023 | 9  | 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
            2024 | 8  | 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
            2025 | 8  | 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
            2026 | 8  | 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
            2027 | 8  | 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
            """)
    void matchesGovUkListExactly(int year, int count, String dates) {
        List<LocalDate> expected = Arrays.stream(dates.split(" ")).map(LocalDate::parse).toList();
        List<LocalDate> everyHolidayOfYear = Stream
                .iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(EnglandAndWalesBankHolidays::isBankHoliday)
                .toList();

        assertThat(expected).hasSize(count);
        assertThat(everyHolidayOfYear).containsExactlyElementsOf(expected);
        assertThat(EnglandAndWalesBankHolidays.inYear(year)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} is not a bank holiday in England and Wales ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            2020-05-04 | first Monday of May 2020, moved to Friday 8 May for VE Day
            2022-05-30 | last Monday of May 2022, moved to Thursday 2 June
            2012-05-28 | last Monday of May 2012, moved to Monday 4 June
            2026-12-26 | Boxing Day on a Saturday: the holiday is the Monday
            2027-12-25 | Christmas Day on a Saturday: the holiday is the Monday
            2026-01-02 | 2 January is a Scottish holiday only
            2026-08-03 | first Monday of August is the Scottish summer holiday
            2026-03-17 | St Patrick's Day is a Northern Irish holiday only
            2026-07-13 | Battle of the Boyne substitute is a Northern Irish holiday only
            2026-11-30 | St Andrew's Day is a Scottish holiday only
            2026-04-05 | Easter Sunday
            2026-12-24 | Christmas Eve
            2025-12-31 | New Year's Eve
            """)
    void isNotBankHoliday(LocalDate date, String why) {
        assertThat(EnglandAndWalesBankHolidays.isBankHoliday(date)).as(why).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1995-05-08 | VE Day 50th anniversary (early May holiday moved)
            1999-12-31 | Millennium
            2002-06-03 | Golden Jubilee
            2002-06-04 | spring holiday moved for the Golden Jubilee
            2011-04-29 | Royal Wedding
            2012-06-04 | spring holiday moved for the Diamond Jubilee
            2012-06-05 | Diamond Jubilee
            2022-09-19 | State Funeral of Queen Elizabeth II
            2023-05-08 | Coronation of King Charles III
            """)
    void oneOffBankHolidays(LocalDate date, String occasion) {
        assertThat(EnglandAndWalesBankHolidays.isBankHoliday(date)).as(occasion).isTrue();
    }

    @Test
    void aSubstituteDayIsNeverGivenWhenTheHolidayFallsOnAWeekday() {
        assertThat(EnglandAndWalesBankHolidays.inYear(2025))
                .contains(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26))
                .doesNotContain(LocalDate.of(2025, 12, 29));
    }

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({
        "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31",
        "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22"
    })
    void easterSundayByComputus(LocalDate easterSunday) {
        assertThat(Easter.sunday(easterSunday.getYear())).isEqualTo(easterSunday);
    }
}
