package org.candour.requests;

import java.time.Clock;
import org.candour.identity.Role;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.internal.CurrentStaff;
import org.candour.shared.LondonTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What complaint bodies (role OVERSIGHT) may do: link a request to one of their complaints, follow every linked
 * request and its clocks, and ask for footage to be preserved. They see a requester's identity only for a request
 * they linked to their own complaint, and every such view is audited.
 */
@Service
public class ComplaintCases {

    static final String NOT_YOURS = "You can see the requester's details only for requests linked to your own "
            + "complaints.";

    private final FootageRequestRepository requests;
    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintCases(FootageRequestRepository requests, CurrentStaff staff, ApplicationEventPublisher events,
                   Clock clock) {
        this.requests = requests;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<LinkedRequest> linked(Pageable pageable) {
        var officer = staff.require("follow complaints", Role.OVERSIGHT);
        var today = LondonTime.today(clock);
        return requests.findLinkedToComplaints(pageable).map(request -> linked(request, officer.username(), today));
    }

    @Transactional
    public void link(String reference, String complaintReference) {
        var officer = staff.require("link requests to complaints", Role.OVERSIGHT);
        var request = load(reference);
        request.linkComplaint(complaintReference, officer, clock.instant());
        requests.save(request);
    }

    @Transactional
    public void askForPreservation(String reference) {
        var officer = staff.require("ask for footage to be preserved", Role.OVERSIGHT);
        var request = load(reference);
        request.askForPreservation(officer, clock.instant());
        requests.save(request);
    }

    /** Only for a request linked to the complaint body's own complaint; audited. */
    @Transactional
    public RequesterDetails requesterDetails(String reference) {
        var officer = staff.require("see requester details", Role.OVERSIGHT);
        var request = load(reference);
        if (!linkedBy(request, officer.username())) {
            throw new WorkflowException(NOT_YOURS);
        }
        return RequesterView.of(request, officer, clock, events);
    }

    private FootageRequest load(String reference) {
        return requests.findByTypedReference(reference).orElseThrow(() -> new WorkflowException("There is no request with the reference " + reference
                        + ". Check it and try again."));
    }

    private static boolean linkedBy(FootageRequest request, String username) {
        return request.complaintLinks().stream().anyMatch(link -> link.linkedBy().equals(username));
    }

    private static LinkedRequest linked(FootageRequest request, String username, java.time.LocalDate today) {
        var deadline = request.deadline(today);
        return new LinkedRequest(request.reference().value(), request.version(),
                request.complaintLinks().stream().map(l -> l.complaintReference()).toList(),
                request.state().staffName(), deadline.status(), deadline.dueDate(), request.isOverdue(today),
                request.footageDeletionDate(), request.isFootageAtRisk(today),
                request.isPreserved(), linkedBy(request, username));
    }
}
