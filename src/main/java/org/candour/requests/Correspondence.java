package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a notice to the requester may say: who to write to ({@link RequesterContact}: name and address only) and
 * the facts of the request on the day. {@code dueDate} is null before the clock starts (s.54(3)); while paused
 * (s.54(3C)) it is the date that would apply if the answer arrived today. {@code extensionReason} is the s.54(3A)
 * reason the requester must be told.
 */
public record Correspondence(RequesterContact to, RequestState state, ClockStatus clock, @Nullable LocalDate dueDate,
                             int extensionMonths, @Nullable String extensionReason,
                             LocalDate footageDeletionDate, boolean footagePreserved) {

    /** The outcome, if the request has one now. */
    public @Nullable Outcome outcome() {
        return Outcome.of(state).orElse(null);
    }
}
