package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the requester is told once their request is filed. {@code trackingSecret} is present only the first time:
 * it is stored as a hash, so a replayed submission cannot show it again.
 *
 * @param dueDateIfVerifiedToday the s.54 deadline if identity is confirmed on the day of receipt (the clock starts
 *                               then at the earliest)
 */
public record FilingReceipt(String reference, @Nullable String trackingSecret, LocalDate receivedOn,
                            LocalDate dueDateIfVerifiedToday, LocalDate incidentDate, LocalDate footageDeletionDate,
                            boolean footageDeletionDatePassed) {

    /** The same receipt once its secret has been shown. */
    public FilingReceipt withoutSecret() {
        return new FilingReceipt(reference, null, receivedOn, dueDateIfVerifiedToday, incidentDate,
                footageDeletionDate, footageDeletionDatePassed);
    }
}
