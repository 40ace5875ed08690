package org.candour.requests;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request linked to complaints, as a complaint body sees it: workflow and clocks only, no requester identity.
 * {@code yours} is true when the complaint body looking at it linked it to one of its own complaints.
 */
public record LinkedRequest(String reference, long version, List<String> complaints, String stateLabel,
                            ClockStatus clockStatus, @Nullable LocalDate dueOn, boolean overdue,
                            LocalDate footageDeletionDate, boolean footageAtRisk, boolean preserved, boolean yours) {
}
