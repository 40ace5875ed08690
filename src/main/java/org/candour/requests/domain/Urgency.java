package org.candour.requests.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** "Overdue" and "footage at risk": computed from stored dates and today, never stored (ARCHITECTURE.md). */
public final class Urgency {

    private Urgency() {
    }

    /** Open, the clock running (not paused for clarification, s.54(3C)) and the due date passed. */
    public static boolean overdue(RequestState state, @Nullable LocalDate dueOn, LocalDate today) {
        return state.isOpen() && state != RequestState.AWAITING_CLARIFICATION && dueOn != null
                && today.isAfter(dueOn);
    }

    /** Open, nothing preserved yet, and the footage may still exist but will be deleted at 31 days. */
    public static boolean footageAtRisk(RequestState state, LocalDate incidentDate, boolean preserved,
                                        LocalDate today) {
        return state.isOpen() && !preserved && FootageRetention.isAtRisk(incidentDate, today);
    }
}
