package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** s.54(1)-(3): when the clock starts and the one-month due date, moved past weekends and bank holidays. */
class StatutoryClockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static StatutoryDeadline started(LocalDate start) {
        return StatutoryClock.deadline(start, start, List.of(), 0, start);
    }

    @ParameterizedTest(name = "started {0} -> due {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | 2026-04-10 | corresponding date next month
            2025-01-31 | 2025-02-28 | no 31 February: last day of the month
            2028-01-31 | 2028-02-29 | leap year: last day is 29 February
            2028-02-29 | 2028-03-29 | from 29 February
            2026-03-31 | 2026-04-30 | no 31 April
            2026-07-31 | 2026-09-01 | 31 August is the summer bank holiday -> Tuesday
            2026-01-31 | 2026-03-02 | 28 February 2026 is a Saturday -> Monday
            """)
    void dueOneCalendarMonthAfterTheStart(LocalDate start, LocalDate due, String why) {
        assertThat(started(start).dueDate()).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "started {0}: {2} -> due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-11 | 2026-07-13 | Saturday 11 July
            2026-06-12 | 2026-07-13 | Sunday 12 July
            2026-03-03 | 2026-04-07 | Good Friday 3 April, then weekend and Easter Monday
            2027-02-26 | 2027-03-30 | Good Friday 26 March 2027, then weekend and Easter Monday
            2026-04-04 | 2026-05-05 | early May bank holiday
            2026-04-25 | 2026-05-26 | spring bank holiday
            2026-11-25 | 2026-12-29 | Christmas Friday, weekend, Boxing Day substitute Monday 28
            2026-11-28 | 2026-12-29 | Boxing Day substitute Monday 28
            2027-11-25 | 2027-12-29 | Christmas Saturday, substitutes Monday 27 and Tuesday 28
            2027-12-01 | 2028-01-04 | New Year's Day Saturday, substitute Monday 3
            2020-04-08 | 2020-05-11 | VE Day Friday 8 May 2020
            2020-04-04 | 2020-05-04 | not a holiday in 2020: early May moved to 8 May
            2022-05-02 | 2022-06-06 | Platinum Jubilee Thursday 2 and Friday 3 June 2022
            2022-08-19 | 2022-09-20 | State Funeral Monday 19 September 2022
            """)
    void dueDateOnAWeekendOrBankHolidayMovesToTheNextWorkingDay(LocalDate start, LocalDate due, String falling) {
        assertThat(started(start).dueDate()).as(falling).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, identity {1} -> clock starts {2}, due {3}")
    @CsvSource({
        "2026-03-02, 2026-03-02, 2026-03-02, 2026-04-02",
        "2026-03-02, 2026-03-16, 2026-03-16, 2026-04-16",
        "2026-01-15, 2026-01-31, 2026-01-31, 2026-03-02",
    })
    void clockStartsOnTheLaterOfReceiptAndIdentity(LocalDate received, LocalDate identity, LocalDate start,
            LocalDate due) {
        StatutoryDeadline deadline = StatutoryClock.deadline(received, identity, List.of(), 0, TODAY);

        assertThat(deadline.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(deadline.clockStartedOn()).isEqualTo(start);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.originalDueDate()).isEqualTo(due);
        assertThat(deadline.pausedDays()).isZero();
    }

    @ParameterizedTest(name = "identity not verified, pauses [{0}]: not started")
    @CsvSource(nullValues = "none", value = {"none", "2026-03-04..2026-03-06", "2026-03-04.."})
    void clockDoesNotStartUntilIdentityIsVerified(@Nullable String pauses) {
        StatutoryDeadline deadline = StatutoryClock.deadline(
                LocalDate.of(2026, 3, 2), null, PauseNotation.parse(pauses), 0, LocalDate.of(2026, 3, 10));

        assertThat(deadline).isEqualTo(new StatutoryDeadline(ClockStatus.NOT_STARTED, null, null, null, 0));
        assertThat(deadline.hasStarted()).isFalse();
    }

    @Test
    void aDueDateIsTheSameWhicheverDayItIsComputed() {
        LocalDate received = LocalDate.of(2026, 3, 2);

        assertThat(StatutoryClock.deadline(received, received, List.of(), 0, received))
                .isEqualTo(StatutoryClock.deadline(received, received, List.of(), 0, LocalDate.of(2026, 9, 1)));
    }
}
