package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryClockValidationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void identityCannotBeVerifiedBeforeTheRequestArrives() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatutoryClock.deadline(RECEIVED, LocalDate.of(2026, 3, 1), List.of(), 0, RECEIVED))
                .withMessage("Identity verified on 2026-03-01, before the request was received on 2026-03-02");
    }

    @Test
    void clarificationCannotBeAnsweredBeforeItIsAskedFor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClockPause(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)))
                .withMessage("Clarification answered on 2026-03-04 before it was asked for on 2026-03-05");
    }

    @Test
    void clarificationCannotBeAskedForBeforeTheRequestArrives() {
        List<ClockPause> pauses = List.of(new ClockPause(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3)));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> StatutoryClock.deadline(RECEIVED, RECEIVED, pauses, 0, RECEIVED))
                .withMessage("Clarification asked for on 2026-03-01, before the request was received on 2026-03-02");
    }

    @Test
    void receiptDateAndTodayAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> StatutoryClock.deadline(nullDate(), RECEIVED, List.of(), 0, RECEIVED))
                .withMessage("receivedOn");
        assertThatNullPointerException()
                .isThrownBy(() -> StatutoryClock.deadline(RECEIVED, RECEIVED, List.of(), 0, nullDate()))
                .withMessage("today");
        assertThatNullPointerException()
                .isThrownBy(() -> new ClockPause(nullDate(), null))
                .withMessage("askedOn");
    }

    @SuppressWarnings("NullAway") // deliberately breaks the @NullMarked contract to test the runtime check
    private static LocalDate nullDate() {
        return null;
    }
}
