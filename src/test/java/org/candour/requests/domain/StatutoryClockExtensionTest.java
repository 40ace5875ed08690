package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** s.54(3A): extension by up to two further months; s.54(3B)(a): notified within the first month. */
class StatutoryClockExtensionTest {

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # received | months | pauses                 | due        | originally due | case
            2026-03-02 | 0      | none                   | 2026-04-02 | 2026-04-02     | no extension
            2026-03-02 | 1      | none                   | 2026-05-05 | 2026-04-02     | one month: Saturday 2 May, early May holiday -> Tuesday
            2026-03-02 | 2      | none                   | 2026-06-02 | 2026-04-02     | two months
            2025-01-31 | 1      | none                   | 2025-03-31 | 2025-02-28     | one month from 31 January
            2025-01-31 | 2      | none                   | 2025-04-30 | 2025-02-28     | three months from the start, not two from 28 February
            2026-03-02 | 2      | 2026-03-05..2026-03-09 | 2026-06-08 | 2026-04-07     | a pause in the first month moves both dates
            2026-03-02 | 2      | 2026-04-20..2026-04-24 | 2026-06-08 | 2026-04-02     | a pause after the first month moves only the due date
            """)
    void extendedDueDate(LocalDate received, int months, @Nullable String pauses, LocalDate due, LocalDate originalDue,
            String description) {
        StatutoryDeadline deadline = StatutoryClock.deadline(
                received, received, PauseNotation.parse(pauses), months, LocalDate.of(2026, 6, 30));

        assertThat(deadline.dueDate()).as(description).isEqualTo(due);
        assertThat(deadline.originalDueDate()).as(description).isEqualTo(originalDue);
    }

    @Test
    void anExtendedClockCanStillBePaused() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        StatutoryDeadline deadline = StatutoryClock.deadline(
                received, received, List.of(ClockPause.open(LocalDate.of(2026, 4, 20))), 2, LocalDate.of(2026, 4, 21));

        assertThat(deadline.status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(deadline.pausedDays()).isEqualTo(2);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(deadline.originalDueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {-1, 3, 12})
    void extensionBeyondTwoMonthsIsRejected(int months) {
        LocalDate received = LocalDate.of(2026, 3, 2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatutoryClock.deadline(received, received, List.of(), months, received))
                .withMessageContaining("s.54(3A)")
                .withMessageContaining(String.valueOf(months));
    }

    @Test
    void noExtensionBeforeTheClockStarts() {
        LocalDate received = LocalDate.of(2026, 3, 2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatutoryClock.deadline(received, null, List.of(), 1, received))
                .withMessageContaining("s.54(3A)")
                .withMessageContaining("before the clock started");
    }
}
