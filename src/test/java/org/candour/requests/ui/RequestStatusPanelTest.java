package org.candour.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.candour.requests.ClockStatus;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStatus;
import org.candour.requests.domain.StatutoryDeadline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the tracking page says about the 31-day deletion: kept once preserved, as the staff page says. */
class RequestStatusPanelTest {

    @ParameterizedTest(name = "preserved {0}, date passed {1}")
    @CsvSource(delimiter = '|', textBlock = """
            false | false | Normally deleted on 21 December 2026 unless we protect it
            false | true  | Normally deleted on 21 December 2026, unless kept as evidence
            true  | false | Kept: we have protected footage of your incident, so it will not be deleted on 21 December 2026
            true  | true  | Kept: we have protected footage of your incident, so it will not be deleted on 21 December 2026
            """)
    void theDeletionDateSaysWhetherTheFootageIsKept(boolean preserved, boolean passed, String text) {
        var status = status(RequestState.SEARCHING, ClockStatus.RUNNING, passed, preserved);

        assertThat(RequestStatusPanel.deletionText(status)).isEqualTo(text);
    }

    /** A reply is due only while the request waits for its answer; after the outcome no date is shown. */
    @ParameterizedTest(name = "{0}, clock {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBMITTED              | NOT_STARTED | One calendar month after we confirm your identity
            AWAITING_IDENTITY      | NOT_STARTED | One calendar month after we confirm your identity
            IDENTITY_VERIFIED      | RUNNING     | Monday 21 December 2026
            SEARCHING              | RUNNING     | Monday 21 December 2026
            AWAITING_CLARIFICATION | PAUSED      | Paused while we wait for your reply. If you reply today: Monday 21 December 2026
            IN_REVIEW              | RUNNING     | Monday 21 December 2026
            DISCLOSED              | RUNNING     | None: we have answered your request
            PARTIALLY_DISCLOSED    | RUNNING     | None: we have answered your request
            REFUSED                | RUNNING     | None: we have answered your request
            NO_FOOTAGE_HELD        | RUNNING     | None: we have answered your request
            NO_FOOTAGE_HELD        | NOT_STARTED | None: we have answered your request
            CLOSED                 | RUNNING     | None: we have answered your request
            WITHDRAWN              | NOT_STARTED | None: you withdrew this request
            WITHDRAWN              | RUNNING     | None: you withdrew this request
            INTERNAL_REVIEW        | RUNNING     | None under the one-month limit: we will reply with the outcome of the review
            """)
    void aReplyDateIsShownOnlyUntilTheRequestHasItsOutcome(RequestState state, ClockStatus clock, String text) {
        assertThat(RequestStatusPanel.dueText(status(state, clock, false, false))).isEqualTo(text);
    }

    private static RequestStatus status(RequestState state, ClockStatus clock, boolean passed, boolean preserved) {
        var started = clock == ClockStatus.NOT_STARTED ? null : LocalDate.of(2026, 11, 20);
        var due = clock == ClockStatus.NOT_STARTED ? null : LocalDate.of(2026, 12, 21);
        return new RequestStatus("BWV-2026-000001", state.publicName(), "", LocalDate.of(2026, 11, 20),
                new StatutoryDeadline(clock, started, due, due, 0), false, LocalDate.of(2026, 11, 20), "Lambeth",
                LocalDate.of(2026, 12, 21), passed, preserved, "A copy", List.of(), Set.of(), state);
    }
}
