package org.candour.requests;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request actively linked to the complaint body's own complaints, as that body sees it: its progress and
 * clocks, never the requester's identity. {@code identityShared} says whether the requester agreed to tell this
 * body who they are (shown on demand only, and audited).
 */
public record LinkedRequest(String reference, List<String> complaints, String stateLabel, @Nullable String outcome,
                            LocalDate receivedOn, ClockStatus clockStatus, @Nullable LocalDate dueOn, boolean overdue,
                            LocalDate footageDeletionDate, boolean footageAtRisk, boolean preserved,
                            boolean identityShared) {
}
