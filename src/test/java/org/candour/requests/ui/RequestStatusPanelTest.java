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
        var status = new RequestStatus("BWV-2026-000001", "Searching", "", LocalDate.of(2026, 11, 20),
                new StatutoryDeadline(ClockStatus.RUNNING, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 21),
                        LocalDate.of(2026, 12, 21), 0), false, LocalDate.of(2026, 11, 20), "Lambeth",
                LocalDate.of(2026, 12, 21), passed, preserved, "A copy", List.of(), Set.of(), RequestState.SEARCHING);

        assertThat(RequestStatusPanel.deletionText(status)).isEqualTo(text);
    }
}
