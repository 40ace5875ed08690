package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The one rule each for "overdue" and "footage at risk" that every reader of requests applies. */
class UrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0}, due {1}: overdue {2}")
    @CsvSource(nullValues = "-", value = {
        "SEARCHING,              2026-12-06, true",   // due yesterday
        "SEARCHING,              2026-12-07, false",  // due today: still in time
        "SEARCHING,              2026-12-08, false",
        "IDENTITY_VERIFIED,      2026-11-01, true",
        "IN_REVIEW,              2026-11-01, true",
        "INTERNAL_REVIEW,        2026-11-01, true",
        "AWAITING_CLARIFICATION, 2026-11-01, false",  // s.54(3C): the clock stands still
        "SUBMITTED,              -,          false",  // s.54(3): the clock has not started
        "AWAITING_IDENTITY,      -,          false",
        "DISCLOSED,              2026-11-01, false",  // answered: no longer overdue, whenever it was answered
        "REFUSED,                2026-11-01, false",
        "WITHDRAWN,              2026-11-01, false",
        "CLOSED,                 2026-11-01, false",
    })
    void overdueWhileTheClockRunsPastTheDueDate(RequestState state, LocalDate due, boolean overdue) {
        assertThat(Urgency.overdue(state, due, TODAY)).isEqualTo(overdue);
        assertThat(Urgency.statesThatCanBeOverdue().contains(state) || !overdue).isTrue();
    }

    /** 7 December 2026 is a Monday; 25 and 28 December are bank holidays. */
    @ParameterizedTest(name = "{0}, due {1}: due within 5 working days {2}")
    @CsvSource(nullValues = "-", value = {
        "SEARCHING,              2026-12-07, true",   // due today
        "SEARCHING,              2026-12-11, true",   // Friday: 4 working days after today
        "SEARCHING,              2026-12-14, true",   // Monday: the 5th working day
        "SEARCHING,              2026-12-15, false",  // the 6th
        "SEARCHING,              2026-12-06, false",  // overdue, not due soon
        "IN_REVIEW,              2026-12-14, true",
        "AWAITING_CLARIFICATION, 2026-12-08, false",  // s.54(3C): paused
        "SUBMITTED,              -,          false",  // s.54(3): not started
        "DISCLOSED,              2026-12-08, false",  // answered
    })
    void dueSoonIsWithinFiveWorkingDaysWhileTheClockRuns(RequestState state, LocalDate due, boolean soon) {
        assertThat(Urgency.dueWithin(5, state, due, TODAY)).isEqualTo(soon);
        assertThat(soon && Urgency.overdue(state, due, TODAY)).isFalse();
    }

    @ParameterizedTest(name = "{0}, due {1} around Christmas: due within 5 working days {2}")
    @CsvSource({
        "2026-12-28, 2026-12-21, true",   // Tue 22, Wed 23, Thu 24, (Fri 25, Mon 28 holidays) Tue 29 is the 4th...
        "2026-12-31, 2026-12-21, false",  // ...Wed 30 the 5th, Thu 31 the 6th
        "2026-12-30, 2026-12-21, true"})
    void bankHolidaysAreNotWorkingDays(LocalDate due, LocalDate today, boolean soon) {
        assertThat(Urgency.dueWithin(5, RequestState.SEARCHING, due, today)).isEqualTo(soon);
    }

    @ParameterizedTest(name = "{0}, incident {1}, preserved {2}: at risk {3}")
    @CsvSource({
        "SEARCHING,              2026-11-07, false, true",   // deleted tomorrow: the last day to preserve it
        "SEARCHING,              2026-11-06, false, false",  // deleted today: it may already be gone
        "SEARCHING,              2026-12-07, false, true",
        "SEARCHING,              2026-11-20, true,  false",  // preserved: the 31-day rule no longer threatens it
        "SUBMITTED,              2026-11-20, false, true",
        "AWAITING_CLARIFICATION, 2026-11-20, false, true",
        "DISCLOSED,              2026-11-20, false, false",
        "NO_FOOTAGE_HELD,        2026-11-20, false, false",
        "WITHDRAWN,              2026-11-20, false, false",
    })
    void atRiskWhileOpenUnpreservedAndBeforeTheDeletionDate(RequestState state, LocalDate incident,
                                                            boolean preserved, boolean atRisk) {
        var deletion = Urgency.footageDeletionDate(incident);
        assertThat(Urgency.footageAtRisk(state, deletion, preserved, TODAY)).isEqualTo(atRisk);
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void theStateListsForQueriesAreTheRulesStates(RequestState state) {
        assertThat(Urgency.statesThatCanBeOverdue().contains(state))
                .isEqualTo(Urgency.overdue(state, TODAY.minusDays(1), TODAY));
        assertThat(Urgency.statesWithFootageAtRisk().contains(state))
                .isEqualTo(Urgency.footageAtRisk(state, TODAY.plusDays(1), false, TODAY));
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void anOutcomeIsAClosedStateAndEachOutcomeStateHasOne(RequestState state) {
        var outcome = Outcome.of(state);
        outcome.ifPresent(o -> assertThat(o.state()).isEqualTo(state));
        assertThat(outcome.isEmpty() || !state.isOpen()).isTrue();
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.state() == state).count())
                .isEqualTo(outcome.isPresent() ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource({"AWAITING_IDENTITY, Awaiting identity, Checking your identity",
            "AWAITING_CLARIFICATION, Awaiting clarification, Waiting for your reply",
            "SEARCHING, Searching for footage, Searching for footage"})
    void staffAndThePublicEachReadOneNamePerState(RequestState state, String staffName, String publicName) {
        assertThat(state.staffName()).isEqualTo(staffName);
        assertThat(state.publicName()).isEqualTo(publicName);
    }
}
