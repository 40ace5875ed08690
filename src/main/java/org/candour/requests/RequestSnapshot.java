package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request as other modules may see it: workflow, dates and the incident account, and no requester identity
 * (no name, date of birth, address, contact details, appearance or documents). It holds facts only, nothing that
 * changes with the day: "overdue" and "at risk" are for the reader to work out with {@link Urgency}, and
 * {@code dueDate} is null while the clock is paused (s.54(3C)), when it depends on the day the answer arrives.
 * {@code version} is the aggregate's optimistic-lock version, so a read model can refuse to overwrite a newer copy
 * with an older one.
 * {@code preserved}: a recording attached to the request is under a preservation hold; {@code assignedTo} is a
 * staff username; {@code restrictionGround} the s.45(4) section of a restriction, e.g. "s.45(4)(b)";
 * {@code noFootageReason} why "no footage held" was answered: {@code NEVER_RECORDED} or
 * {@code DELETED_BEFORE_REQUEST}.
 */
public record RequestSnapshot(UUID id, long version, String reference, String boroughCode, RequestState state,
                              Instant submittedAt, LocalDate receivedOn, LocalDate incidentDate,
                              ClockStatus clockStatus,
                              @Nullable LocalDate dueDate, LocalDate footageDeletionDate, boolean extended,
                              boolean paused, boolean stopAndSearch, String location, String description,
                              @Nullable Outcome outcome, @Nullable Instant outcomeAt, List<Stage> stages,
                              boolean preserved, boolean linkedToComplaint, @Nullable String assignedTo,
                              @Nullable String restrictionGround, @Nullable String noFootageReason) {

    public record Stage(RequestState state, Instant enteredAt, @Nullable Instant exitedAt) {
    }
}
