package org.candour.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.candour.footage.FootageRetention;
import org.candour.requests.domain.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * "Overdue" and "footage at risk", one rule each, computed from stored facts and today and never stored
 * (ARCHITECTURE.md). Every reader applies these rules: the casework queue in SQL, staff search as Elasticsearch
 * filters, case pages, oversight and statistics in Java. {@code UrgencyAgreementIT} holds them to the same counts.
 */
public final class Urgency {

    private Urgency() {
    }

    /**
     * Overdue: the s.54 clock is running ({@link RequestState#clockMayRun()}: open and not paused for
     * clarification, s.54(3C)) and its due date is before today.
     */
    public static boolean overdue(RequestState state, @Nullable LocalDate dueOn, LocalDate today) {
        return state.clockMayRun() && dueOn != null && dueOn.isBefore(today);
    }

    /**
     * Due soon: the s.54 clock is running ({@link RequestState#clockMayRun()}) and its due date is today or within
     * the next {@code workingDays} working days (weekends and bank holidays in England and Wales not counted), for
     * the staff's daily digest. Overdue requests are not "due soon": they are overdue.
     */
    public static boolean dueWithin(int workingDays, RequestState state, @Nullable LocalDate dueOn, LocalDate today) {
        return state.clockMayRun() && dueOn != null && !dueOn.isBefore(today)
                && WorkingDays.countAfterUpTo(today, dueOn) <= workingDays;
    }

    /**
     * Footage at risk: the request is open, nothing of it is preserved, and its footage still exists but will be
     * deleted under the 31-day rule: today is before the {@linkplain #footageDeletionDate deletion date}.
     */
    public static boolean footageAtRisk(RequestState state, LocalDate footageDeletionDate, boolean preserved,
                                        LocalDate today) {
        return state.isOpen() && !preserved && FootageRetention.isAtRisk(footageDeletionDate, today);
    }

    /** The day from which the footage of an incident on {@code incidentDate} may have been deleted. */
    public static LocalDate footageDeletionDate(LocalDate incidentDate) {
        return FootageRetention.deletionDate(incidentDate);
    }

    /** The states in which a request can be overdue: for readers that filter on state (SQL, the index). */
    public static List<RequestState> statesThatCanBeOverdue() {
        return Arrays.stream(RequestState.values()).filter(RequestState::clockMayRun).toList();
    }

    /** The states in which a request's footage can be at risk. */
    public static List<RequestState> statesWithFootageAtRisk() {
        return RequestState.open();
    }
}
