package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the casework queue shows. Null means "any". {@code state} null shows every open request;
 * {@code assignedTo} {@link #UNASSIGNED} shows requests nobody has.
 */
public record QueueFilter(@Nullable String boroughCode, @Nullable String state, @Nullable LocalDate dueBy,
                          @Nullable LocalDate footageDeletedBy, @Nullable String assignedTo, boolean overdueOnly,
                          boolean atRiskOnly) {

    public static final String UNASSIGNED = "";

    public static QueueFilter openRequests() {
        return new QueueFilter(null, null, null, null, null, false, false);
    }
}
