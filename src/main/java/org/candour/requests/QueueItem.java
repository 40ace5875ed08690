package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One request in the casework queue. {@code overdue} and {@code atRisk} are computed from the stored dates and
 * the clock when the queue is read, never stored.
 *
 * @param atRisk open, nothing preserved yet, and the footage deletion date (incident + 31 days) not yet passed
 * @param preservationToConfirm a complaint body's ask placed holds that a caseworker has to confirm or release
 * @param answerToCheck the requester answered our question and a caseworker has to check the answer
 */
public record QueueItem(String reference, long version, String boroughName, RequestState state,
                        @Nullable LocalDate dueOn, LocalDate footageDeletionDate, @Nullable String assignedTo,
                        boolean overdue, boolean atRisk, boolean preserved, boolean linkedToComplaint,
                        boolean preservationToConfirm, boolean answerToCheck) {
}
