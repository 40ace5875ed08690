package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** s.54(3C): days from asking for clarification to receiving it, both included, do not count. */
class StatutoryClockPauseTest {

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # received | identity   | pauses                                          | today      | status  | paused | due        | case
            2026-03-02 | 2026-03-02 | 2026-03-05..2026-03-09                          | 2026-03-20 | RUNNING | 5      | 2026-04-07 | closed pause: 5-9 March excluded
            2026-03-02 | 2026-03-02 | 2026-03-10..2026-03-10                          | 2026-03-20 | RUNNING | 1      | 2026-04-07 | answered the same day: 1 day, then Good Friday to Tuesday
            2026-06-01 | 2026-06-01 | 2026-06-03..2026-06-04 2026-06-10..2026-06-12   | 2026-06-20 | RUNNING | 5      | 2026-07-06 | two pauses: 2 + 3 days
            2026-06-01 | 2026-06-01 | 2026-06-10..2026-06-12 2026-06-03..2026-06-04   | 2026-06-20 | RUNNING | 5      | 2026-07-06 | two pauses given out of order
            2026-06-01 | 2026-06-01 | 2026-06-03..2026-06-08 2026-06-05..2026-06-10   | 2026-06-20 | RUNNING | 8      | 2026-07-09 | overlapping pauses count each day once
            2026-06-01 | 2026-06-01 | 2026-06-03..2026-06-05 2026-06-05..2026-06-06   | 2026-06-20 | RUNNING | 4      | 2026-07-06 | asked again on the day of the answer: 5 June counts once
            2026-06-01 | 2026-06-01 | 2026-06-10..                                    | 2026-06-15 | PAUSED  | 6      | 2026-07-07 | open pause: due date if answered today
            2026-06-01 | 2026-06-01 | 2026-06-10..                                    | 2026-06-10 | PAUSED  | 1      | 2026-07-02 | open pause asked today
            2026-06-01 | 2026-06-01 | 2026-06-03..2026-06-04 2026-06-10..             | 2026-06-15 | PAUSED  | 8      | 2026-07-09 | closed then open pause
            2026-03-02 | 2026-03-09 | 2026-03-03..2026-03-05                          | 2026-03-20 | RUNNING | 0      | 2026-04-09 | pause answered before the clock started adds nothing
            2026-03-02 | 2026-03-09 | 2026-03-05..2026-03-12                          | 2026-03-20 | RUNNING | 3      | 2026-04-13 | pause spanning the start: only 10-12 March count
            2026-03-02 | 2026-03-09 | 2026-03-04..                                    | 2026-03-11 | PAUSED  | 2      | 2026-04-13 | open since before the start: paused from the start
            2026-03-02 | 2026-03-02 | 2026-03-02..2026-03-02                          | 2026-03-20 | RUNNING | 0      | 2026-04-02 | asked and answered on the start day, which is not counted
            2026-03-02 | 2026-03-02 | 2026-04-02..2026-04-02                          | 2026-04-05 | RUNNING | 1      | 2026-04-07 | asked on the due date: still in time
            2026-03-02 | 2026-03-02 | 2026-04-03..2026-04-03                          | 2026-04-05 | RUNNING | 0      | 2026-04-02 | asked the day after the due date: too late
            2026-03-02 | 2026-03-02 | 2026-04-10..                                    | 2026-04-20 | RUNNING | 0      | 2026-04-02 | open pause asked after the period ran out
            2026-06-11 | 2026-06-11 | 2026-07-11..2026-07-13                          | 2026-07-20 | RUNNING | 3      | 2026-07-14 | asked on the Saturday the month ends
            2026-06-11 | 2026-06-11 | 2026-07-13..2026-07-14                          | 2026-07-20 | RUNNING | 2      | 2026-07-15 | asked on the Monday the deadline moved to
            """)
    void clarificationPausesTheClock(LocalDate received, LocalDate identity, String pauses, LocalDate today,
            ClockStatus status, int pausedDays, LocalDate due, String description) {
        StatutoryDeadline deadline = StatutoryClock.deadline(received, identity, PauseNotation.parse(pauses), 0, today);

        assertThat(deadline.status()).as(description).isEqualTo(status);
        assertThat(deadline.pausedDays()).as(description).isEqualTo(pausedDays);
        assertThat(deadline.dueDate()).as(description).isEqualTo(due);
        assertThat(deadline.originalDueDate()).as("without an extension").isEqualTo(due);
    }
}
