package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Read-time views of a deadline: overdue, days remaining, and whether an extension notice is in time. */
class StatutoryDeadlineTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);  // due Thursday 2 April 2026

    private static StatutoryDeadline deadline(List<ClockPause> pauses, LocalDate today) {
        return StatutoryClock.deadline(RECEIVED, RECEIVED, pauses, 0, today);
    }

    @ParameterizedTest(name = "today {0}: overdue {1}, {2} days, {3} working days")
    @CsvSource({
        "2026-03-02, false, 31, 23",
        "2026-03-27, false,  6,  4",
        "2026-04-01, false,  1,  1",
        "2026-04-02, false,  0,  0",
        "2026-04-03, true,  -1,  0",
        "2026-04-10, true,  -8,  0",
    })
    void overdueAndRemaining(LocalDate today, boolean overdue, int days, int workingDays) {
        StatutoryDeadline deadline = deadline(List.of(), today);

        assertThat(deadline.isOverdue(today)).isEqualTo(overdue);
        assertThat(deadline.daysRemaining(today)).hasValue(days);
        assertThat(deadline.workingDaysRemaining(today)).hasValue(workingDays);
    }

    @Test
    void workingDaysRemainingSkipsBankHolidays() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        StatutoryDeadline deadline = StatutoryClock.deadline(
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), List.of(), 0, goodFriday);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(deadline.daysRemaining(goodFriday)).hasValue(4);
        assertThat(deadline.workingDaysRemaining(goodFriday)).hasValue(1);
    }

    @Test
    void anOpenPauseKeepsTheRequestInTime() {
        LocalDate today = LocalDate.of(2026, 4, 10);
        StatutoryDeadline deadline = deadline(List.of(ClockPause.open(LocalDate.of(2026, 3, 20))), today);

        assertThat(deadline.pausedDays()).isEqualTo(22);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(deadline.isOverdue(today)).isFalse();
    }

    @Test
    void aClockThatHasNotStartedHasNothingRemainingAndIsNeverOverdue() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        StatutoryDeadline deadline = StatutoryClock.deadline(RECEIVED, null, List.of(), 0, today);

        assertThat(deadline.isOverdue(today)).isFalse();
        assertThat(deadline.daysRemaining(today)).isEmpty();
        assertThat(deadline.workingDaysRemaining(today)).isEmpty();
        assertThat(deadline.extensionAllowedOn(RECEIVED)).isFalse();
    }

    @ParameterizedTest(name = "pauses [{0}], extension notice on {1}: in time {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                     | 2026-03-02 | true
            ''                     | 2026-04-02 | true
            ''                     | 2026-04-03 | false
            ''                     | 2026-03-01 | false
            2026-03-05..2026-03-09 | 2026-04-07 | true
            2026-03-05..2026-03-09 | 2026-04-08 | false
            """)
    void extensionNoticeMustBeGivenWithinTheFirstMonth(String pauses, LocalDate noticeOn, boolean allowed) {
        StatutoryDeadline deadline = deadline(PauseNotation.parse(pauses), LocalDate.of(2026, 4, 20));

        assertThat(deadline.extensionAllowedOn(noticeOn)).isEqualTo(allowed); // s.54(3B)(a), (3C)(b)(ii)
    }

    @Test
    void extensionNoticeIsJudgedAgainstTheOriginalDueDateAfterExtending() {
        StatutoryDeadline extended = StatutoryClock.deadline(RECEIVED, RECEIVED, List.of(), 2, RECEIVED);

        assertThat(extended.extensionAllowedOn(LocalDate.of(2026, 4, 2))).isTrue();
        assertThat(extended.extensionAllowedOn(LocalDate.of(2026, 4, 3))).isFalse();
    }

    @Test
    void inconsistentDeadlinesCannotBeBuilt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryDeadline(ClockStatus.RUNNING, null, null, null, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryDeadline(ClockStatus.NOT_STARTED, RECEIVED, RECEIVED, RECEIVED, 0));
    }
}
