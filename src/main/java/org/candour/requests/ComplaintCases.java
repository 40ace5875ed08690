package org.candour.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.candour.identity.Role;
import org.candour.requests.domain.ComplaintLink;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.internal.ComplaintHolds;
import org.candour.requests.internal.CurrentStaff;
import org.candour.shared.LondonTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What complaint bodies (role OVERSIGHT) may do, each for its own organisation only: propose a link from a request
 * to one of its complaints, follow its actively linked requests and their clocks, ask for their footage to be
 * preserved, close a link. A link is active only with the requester's consent or a supervisor's approval; until
 * then the body learns nothing of the request, and a reference that does not exist gets the same answer as one
 * that is not linked, so references cannot be probed. The requester's identity only with their consent, audited.
 */
@Service
public class ComplaintCases {

    static final String PROPOSED = "If the requester has agreed to share it with you, or once a supervisor "
            + "approves the link, the request will appear in your list.";

    private final FootageRequestRepository requests;
    private final CurrentStaff staff;
    private final ComplaintHolds holds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintCases(FootageRequestRepository requests, CurrentStaff staff, ComplaintHolds holds,
                   ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.staff = staff;
        this.holds = holds;
        this.events = events;
        this.clock = clock;
    }

    static String notLinked(String reference) {
        return "No request with the reference " + reference.strip() + " is linked to your complaints.";
    }

    @Transactional(readOnly = true)
    public Page<LinkedRequest> linked(Pageable pageable) {
        staff.require("follow complaints", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        var today = LondonTime.today(clock);
        return requests.findActivelyLinkedTo(body, pageable).map(request -> linked(request, body, today));
    }

    /**
     * Proposes a link. The answer is the same whether the reference exists or not, and whether the link becomes
     * active at once or waits: {@link #PROPOSED}.
     */
    @Transactional
    public String link(String reference, String complaintReference) {
        var officer = staff.require("link requests to complaints", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        if (complaintReference.isBlank() || complaintReference.strip().length() > ComplaintLink.MAX_REFERENCE) {
            throw new WorkflowException("Enter your complaint reference, " + ComplaintLink.MAX_REFERENCE
                    + " characters or fewer.");
        }
        requests.findByTypedReference(reference).ifPresent(request -> {
            request.proposeComplaintLink(body, complaintReference, officer, clock.instant());
            requests.save(request);
        });
        return PROPOSED;
    }

    /**
     * Holds the incident's recordings at once and flags the request for a caseworker to confirm or release them.
     * Returns how many recordings were held.
     */
    @Transactional
    public int askForPreservation(String reference) {
        var officer = staff.require("ask for footage to be preserved", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        var request = activelyLinked(reference, body);
        var link = request.activeComplaintLink(body).orElseThrow();
        int held = holds.place(request, link.complaintReference(), officer);
        request.recordPreservationAsked(officer, held, clock.instant());
        requests.save(request);
        return held;
    }

    /** The complaint is finished: the link ends, and with the request closed too, so do the complaint's holds. */
    @Transactional
    public void closeLink(String reference) {
        var officer = staff.require("close links to complaints", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        var request = activelyLinked(reference, body);
        var link = request.activeComplaintLink(body).orElseThrow();
        var now = clock.instant();
        request.closeComplaintLink(body, link.complaintReference(), officer, now);
        holds.releaseIfFinished(request, officer, now);
        requests.save(request);
    }

    /**
     * Only on an active link of the body's own, and only if the requester agreed to share who they are; only the
     * name and email address; audited.
     */
    @Transactional
    public RequesterContact requesterContact(String reference) {
        var officer = staff.require("see requester details", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        var request = activelyLinked(reference, body);
        if (request.activeComplaintLink(body).filter(ComplaintLink::sharesIdentity).isEmpty()) {
            throw new WorkflowException("The requester has not agreed to share who they are with you. You can "
                    + "follow the request's progress.");
        }
        var details = RequesterView.of(request, staff.officer(), clock, events);
        return new RequesterContact(details.reference(), details.fullName(), details.email());
    }

    /** The body's actively linked requests with their clocks and outcomes, as CSV; no requester identity. */
    @Transactional(readOnly = true)
    public String exportCsv() {
        staff.require("export linked requests", Role.OVERSIGHT);
        UUID body = staff.complaintBody();
        var today = LondonTime.today(clock);
        var csv = new StringBuilder(LinkedRequestCsv.HEADER);
        Pageable page = Pageable.ofSize(500);
        Page<FootageRequest> found;
        do {
            found = requests.findActivelyLinkedTo(body, page);
            found.forEach(request -> csv.append(LinkedRequestCsv.row(linked(request, body, today))));
            page = page.next();
        } while (found.hasNext());
        return csv.toString();
    }

    private FootageRequest activelyLinked(String reference, UUID body) {
        return requests.findByTypedReference(reference).filter(r -> r.activeComplaintLink(body).isPresent())
                .orElseThrow(() -> new WorkflowException(notLinked(reference)));
    }

    private LinkedRequest linked(FootageRequest request, UUID body, LocalDate today) {
        var deadline = request.deadline(today);
        var links = request.complaintLinks().stream().filter(l -> l.belongsTo(body) && l.isActive()).toList();
        return new LinkedRequest(request.reference().value(),
                links.stream().map(ComplaintLink::complaintReference).toList(), request.state().staffName(),
                Outcome.of(request.state()).map(Outcome::staffName).orElse(null), request.receivedOn(),
                deadline.status(), deadline.dueDate(), request.isOverdue(today), request.footageDeletionDate(),
                request.isFootageAtRisk(today), request.isPreserved() || holds.countHeld(request) > 0,
                links.stream().anyMatch(ComplaintLink::sharesIdentity));
    }
}
