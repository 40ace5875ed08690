package org.candour.disclosure.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A released copy is available to the end of the 28th London day after its approval. */
class ReleaseWindowTest {

    private final ReleaseWindow window = new ReleaseWindow(28, 3);

    @ParameterizedTest(name = "approved {0}: last day {1}, gone from {2}")
    @CsvSource({
            // winter (GMT): London date = UTC date
            "2026-01-05T10:00:00Z, 2026-02-02, 2026-02-03T00:00:00Z",
            // 23:30 UTC in summer is 00:30 the next London day
            "2026-07-01T23:30:00Z, 2026-07-30, 2026-07-30T23:00:00Z",
            // the last day crosses the change to summer time (29 March 2026): midnight London is 23:00 UTC
            "2026-03-01T12:00:00Z, 2026-03-29, 2026-03-29T23:00:00Z",
            // the last day crosses the change back to GMT (25 October 2026)
            "2026-10-01T08:00:00Z, 2026-10-29, 2026-10-30T00:00:00Z",
            // a leap year's February
            "2028-02-01T09:00:00Z, 2028-02-29, 2028-03-01T00:00:00Z"})
    void theCopyIsAvailableToTheEndOfItsLastLondonDay(Instant approved, LocalDate lastDay, Instant until) {
        assertThat(window.lastDay(approved)).isEqualTo(lastDay);
        assertThat(window.availableUntil(approved)).isEqualTo(until);
    }

    @ParameterizedTest(name = "at {0}: copies gone by {1} are warned")
    @CsvSource({
            "2026-01-10T09:00:00Z, 2026-01-13T09:00:00Z",
            "2026-03-27T12:00:00Z, 2026-03-30T11:00:00Z"})
    void theWarningIsDueThreeLondonDaysBeforeTheEnd(Instant now, Instant horizon) {
        assertThat(window.warnUntil(now)).isEqualTo(horizon);
    }

    @Test
    void aWindowOfNoDaysIsRefused() {
        assertThatThrownBy(() -> new ReleaseWindow(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
