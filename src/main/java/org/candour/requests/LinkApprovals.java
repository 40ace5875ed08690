package org.candour.requests;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.identity.Role;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.internal.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors approve, with a recorded reason, links that complaint bodies proposed without the requester's
 * consent. An approved link shows the body the request's progress and clocks, never who the requester is.
 */
@Service
public class LinkApprovals {

    private final FootageRequestRepository requests;
    private final ComplaintBodies bodies;
    private final CurrentStaff staff;
    private final Clock clock;

    LinkApprovals(FootageRequestRepository requests, ComplaintBodies bodies, CurrentStaff staff, Clock clock) {
        this.requests = requests;
        this.bodies = bodies;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<LinkAwaitingApproval> awaiting(Pageable pageable) {
        staff.require("approve links to complaints", Role.SUPERVISOR);
        var page = requests.findWithLinksAwaitingApproval(pageable);
        var links = page.stream().flatMap(request -> request.complaintLinks().stream()
                .filter(link -> link.awaitsApproval() && link.complaintBodyId() != null)
                .map(link -> new LinkAwaitingApproval(request.reference().value(), request.state().staffName(),
                        Objects.requireNonNull(link.complaintBodyId()), bodyName(link.complaintBodyId()),
                        link.complaintReference(), Objects.requireNonNull(link.linkedBy()), link.linkedAt())))
                .toList();
        return new PageImpl<>(links, pageable, page.getTotalElements());
    }

    @Transactional
    public void approve(String reference, UUID complaintBodyId, String complaintReference, String reason) {
        var supervisor = staff.require("approve links to complaints", Role.SUPERVISOR);
        var request = requests.findByTypedReference(reference)
                .orElseThrow(() -> new WorkflowException("There is no request " + reference + "."));
        request.approveComplaintLink(complaintBodyId, complaintReference, reason, supervisor, clock.instant());
        requests.save(request);
    }

    private String bodyName(UUID id) {
        return bodies.find(id).map(ComplaintBodySummary::name).orElse("Unknown complaint body");
    }
}
