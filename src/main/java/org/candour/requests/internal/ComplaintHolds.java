package org.candour.requests.internal;

import java.time.Instant;
import java.util.List;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.HoldRefusedException;
import org.candour.footage.HoldSummary;
import org.candour.footage.NewHold;
import org.candour.footage.PreservationHoldService;
import org.candour.footage.RecordingSearch;
import org.candour.footage.RecordingSummary;
import org.candour.requests.WorkflowException;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.Officer;
import org.candour.shared.LondonTime;
import org.springframework.stereotype.Component;

/**
 * Preservation holds placed because of a complaint: a complaint about the incident is a reason to keep its
 * footage, so a complaint body's ask holds at once every recording of the catalogue in the incident's borough and
 * time window (as a caseworker's footage search finds them), pending a caseworker's check. The holds end when the
 * request and every complaint link are closed, or by a release with a reason.
 */
@Component
public class ComplaintHolds {

    private static final int MOST_RECORDINGS = 200;

    private final FootageCatalogue catalogue;
    private final PreservationHoldService holds;

    ComplaintHolds(FootageCatalogue catalogue, PreservationHoldService holds) {
        this.catalogue = catalogue;
        this.holds = holds;
    }

    /** Holds the incident's recordings for the complaint; returns how many were held. */
    public int place(FootageRequest request, String complaintReference, Officer by) {
        var incident = request.incident();
        var from = incident.date().atTime(incident.timeFrom()).atZone(LondonTime.ZONE).toInstant();
        var toTime = incident.date().atTime(incident.timeTo());
        var to = (incident.timeTo().isAfter(incident.timeFrom()) ? toTime : toTime.plusDays(1))
                .atZone(LondonTime.ZONE).toInstant();
        List<String> ids = catalogue.find(new RecordingSearch(incident.boroughCode(), from, to, null, MOST_RECORDINGS))
                .stream().filter(r -> r.deletedAtSource() == null).map(RecordingSummary::id).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            holds.placeHold(new NewHold(ids, by.username(), "Complaint " + complaintReference
                    + ": a complaint body asked for the footage of request " + request.reference().value()
                    + " to be preserved", request.reference().value(), complaintReference));
        } catch (HoldRefusedException refused) {
            throw new WorkflowException(refused.getMessage());
        }
        return ids.size();
    }

    /** Releases every hold still in place for the request's complaints; returns how many. */
    public int release(FootageRequest request, Officer by, String reason) {
        var active = holdsFor(request);
        active.forEach(hold -> holds.releaseHold(hold.id(), by.username(), reason));
        return active.size();
    }

    public int countHeld(FootageRequest request) {
        return holdsFor(request).size();
    }

    /** Once the request and all its complaint links are closed, the complaints no longer need the footage. */
    public void releaseIfFinished(FootageRequest request, Officer by, Instant at) {
        String reason = "The request and its complaint links are closed";
        if (request.complaintsFinished() && !holdsFor(request).isEmpty()) {
            request.recordComplaintHoldsReleased(by, reason, release(request, by, reason), at);
        }
    }

    private List<HoldSummary> holdsFor(FootageRequest request) {
        String reference = request.reference().value();
        return holds.holdsFor(reference).stream()
                .filter(h -> h.active() && h.complaintReference() != null && reference.equals(h.requestReference()))
                .toList();
    }
}
