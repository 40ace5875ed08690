package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.candour.requests.domain.StatutoryDeadline;

/** What a requester sees when tracking: no personal data, only the state of their request and its clocks. */
public record RequestStatus(String reference, String stateName, String stateExplanation, LocalDate receivedOn,
                            StatutoryDeadline deadline, boolean overdue, LocalDate incidentDate, String boroughName,
                            LocalDate footageDeletionDate, boolean footageDeletionDatePassed, String accessPreference,
                            List<Event> timeline) {

    public record Event(Instant at, String text) {
    }
}
