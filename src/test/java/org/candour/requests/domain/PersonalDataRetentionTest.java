package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.candour.requests.RequestState;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DPA 2018 s.39: which date a closed request's retention period runs from, and the day it ends (24 months). */
class PersonalDataRetentionTest {

    private static final PersonalDataRetention RETENTION = new PersonalDataRetention(24);

    /** A case: the stage history, each stage ending when the next begins; the closing date; the first erased day. */
    private static Arguments row(String name, LocalDate closedOn, LocalDate firstErased, String... history) {
        return Arguments.of(name, List.of(history), closedOn, firstErased);
    }

    static Stream<Arguments> closedRequests() {
        return Stream.of(
                row("disclosed", date("2026-03-15"), date("2028-03-15"),
                        "SUBMITTED@2026-03-01T10:00:00Z", "DISCLOSED@2026-03-15T10:00:00Z"),
                row("disclosed, then closed: the outcome counts", date("2026-03-15"), date("2028-03-15"),
                        "SUBMITTED@2026-03-01T10:00:00Z", "DISCLOSED@2026-03-15T10:00:00Z",
                        "CLOSED@2026-05-20T09:00:00Z"),
                row("withdrawn", date("2026-03-02"), date("2028-03-02"),
                        "SUBMITTED@2026-03-01T10:00:00Z", "WITHDRAWN@2026-03-02T16:00:00Z"),
                row("no footage held", date("2026-03-20"), date("2028-03-20"), "SUBMITTED@2026-03-01T10:00:00Z",
                        "SEARCHING@2026-03-03T10:00:00Z", "NO_FOOTAGE_HELD@2026-03-20T10:00:00Z"),
                row("the London date, not UTC (BST)", date("2026-07-01"), date("2028-07-01"),
                        "SUBMITTED@2026-06-01T10:00:00Z", "REFUSED@2026-06-30T23:30:00Z"),
                row("an internal review after closure restarts the period from its outcome", date("2027-02-01"),
                        date("2029-02-01"), "SUBMITTED@2026-01-02T10:00:00Z", "DISCLOSED@2026-01-10T10:00:00Z",
                        "CLOSED@2026-02-01T10:00:00Z", "INTERNAL_REVIEW@2027-01-05T10:00:00Z",
                        "PARTIALLY_DISCLOSED@2027-02-01T10:00:00Z", "CLOSED@2027-03-01T10:00:00Z"),
                row("closed on 29 February", date("2028-02-29"), date("2030-02-28"),
                        "SUBMITTED@2028-02-01T10:00:00Z", "DISCLOSED@2028-02-29T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedRequests")
    void theDataIsKeptUntilTheDayBeforeTheEndOfThePeriodAndErasedFromIt(String name, List<String> history,
                                                                        LocalDate closedOn, LocalDate firstErased) {
        var stages = stages(history);
        var state = stages.getLast().state();
        LocalDate lastKept = firstErased.minusDays(1);
        assertThat(PersonalDataRetention.closedOn(state, stages)).contains(closedOn);
        assertThat(RETENTION.erasedFrom(closedOn)).isEqualTo(firstErased);
        assertThat(RETENTION.hasEnded(state, stages, lastKept)).isFalse();
        assertThat(RETENTION.hasEnded(state, stages, firstErased)).isTrue();
        assertThat(RETENTION.closedOnOrBefore(lastKept)).isBefore(closedOn);
        assertThat(RETENTION.closedOnOrBefore(firstErased)).isAfterOrEqualTo(closedOn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            searching                 | SUBMITTED@2020-03-01T10:00:00Z SEARCHING@2020-03-02T10:00:00Z
            awaiting clarification    | SEARCHING@2020-03-02T10:00:00Z AWAITING_CLARIFICATION@2020-03-05T10:00:00Z
            internal review under way | DISCLOSED@2020-03-15T10:00:00Z INTERNAL_REVIEW@2020-05-01T10:00:00Z
            """)
    void anOpenRequestKeepsItsDataHoweverOld(String name, String history) {
        var stages = stages(List.of(history.trim().split("\\s+")));
        var state = stages.getLast().state();
        assertThat(PersonalDataRetention.closedOn(state, stages)).isEmpty();
        assertThat(RETENTION.hasEnded(state, stages, LocalDate.of(2040, 1, 1))).isFalse();
    }

    @ParameterizedTest(name = "today {0}: closed on or before {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2028-03-15 | 2026-03-15
            2030-02-28 | 2028-02-29
            2030-03-01 | 2028-03-01
            2029-02-28 | 2027-02-28
            2028-12-31 | 2026-12-31
            """)
    void theSweepTakesEveryClosingDateWhosePeriodHasEnded(LocalDate today, LocalDate closedOnOrBefore) {
        assertThat(RETENTION.closedOnOrBefore(today)).isEqualTo(closedOnOrBefore);
    }

    @Test
    void theStageHistoryOfAClosedRequestMustShowItLeftItsOpenStates() {
        var open = new Stage(RequestState.SEARCHING, Instant.parse("2020-01-01T10:00:00Z"));
        assertThat(PersonalDataRetention.closedOn(RequestState.DISCLOSED, List.of(open))).isEmpty();
    }

    @Test
    void aPeriodUnderOneMonthIsRefused() {
        assertThatThrownBy(() -> new PersonalDataRetention(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PersonalDataRetention(1).erasedFrom(LocalDate.of(2026, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<Stage> stages(List<String> history) {
        var stages = new ArrayList<Stage>();
        @Nullable Stage previous = null;
        for (String step : history) {
            String[] parts = step.split("@");
            Instant at = Instant.parse(parts[1]);
            if (previous != null) {
                previous.exit(at);
            }
            previous = new Stage(RequestState.valueOf(parts[0]), at);
            stages.add(previous);
        }
        return stages;
    }
}
