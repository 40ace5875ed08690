package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.candour.requests.domain.StatutoryDeadline;

/**
 * What a requester sees when tracking: no personal data, only the state of their request and its clocks.
 * {@code footagePreserved}: footage of the incident is under a preservation hold ({@code FootageRequest.isPreserved},
 * the rule the staff pages and the queue use), so the 31-day deletion no longer applies to it. {@code actions}: what
 * the requester may do now.
 */
public record RequestStatus(String reference, String stateName, String stateExplanation, LocalDate receivedOn,
                            StatutoryDeadline deadline, boolean overdue, LocalDate incidentDate, String boroughName,
                            LocalDate footageDeletionDate, boolean footageDeletionDatePassed, boolean footagePreserved,
                            String accessPreference, List<Event> timeline, Set<RequesterAction> actions,
                            RequestState state) {

    public boolean allows(RequesterAction action) {
        return actions.contains(action);
    }

    public record Event(Instant at, String text) {
    }
}
