package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the casework queue shows. Null means "any". {@code state} null shows every open request;
 * {@code assignedTo} {@link #UNASSIGNED} shows requests nobody has; {@code awaitingMySignOff} shows the restrictions
 * proposed by someone else and waiting for a supervisor's sign-off (s.45(4)), which the person reading may give.
 */
public record QueueFilter(@Nullable String boroughCode, @Nullable RequestState state, @Nullable LocalDate dueBy,
                          @Nullable LocalDate footageDeletedBy, @Nullable String assignedTo, boolean overdueOnly,
                          boolean atRiskOnly, boolean awaitingMySignOff) {

    public static final String UNASSIGNED = "";

    public static QueueFilter openRequests() {
        return new QueueFilter(null, null, null, null, null, false, false, false);
    }
}
