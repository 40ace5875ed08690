package org.candour.requests.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.requests.WorkflowException;

/**
 * The request's links to complaints, worked on the request's own list: a body proposes, the requester consents,
 * a supervisor approves with a reason, the body closes its link when its complaint is finished.
 */
final class ComplaintLinks {

    /** Who the audit log names when the requester acts from the filing or tracking pages. */
    static final Officer REQUESTER = new Officer("requester", false);

    private final List<ComplaintLink> links;

    ComplaintLinks(List<ComplaintLink> links) {
        this.links = links;
    }

    void propose(UUID bodyId, String complaintReference, Officer by, Instant at, RequestChanges request) {
        String complaint = complaint(complaintReference);
        var link = findOrAdd(bodyId, complaint, at);
        if (link.isProposed() && !link.isClosed()) {
            return; // proposing again changes nothing, and must not tell the body more than the first time did
        }
        link.propose(by.username());
        request.audit(by, "COMPLAINT_LINK_PROPOSED", "complaint " + complaint, at);
        request.note(at, "Complaint body proposed a link to complaint " + complaint + ".", by.username());
        request.updated();
    }

    void consent(UUID bodyId, String bodyName, String complaintReference, boolean shareIdentity, Instant at,
                 RequestChanges request) {
        String complaint = complaint(complaintReference);
        findOrAdd(bodyId, complaint, at).consent(shareIdentity, at);
        request.audit(REQUESTER, "COMPLAINT_SHARING_CONSENTED", "complaint " + complaint
                + (shareIdentity ? ", with identity" : ", progress only"), at);
        request.tellRequester(at, "You agreed to share this request with " + bodyName + " for complaint " + complaint
                + (shareIdentity ? ", including who you are." : ". They will not see who you are."));
        request.updated();
    }

    void approve(UUID bodyId, String complaintReference, String reason, Officer by, Instant at,
                 RequestChanges request) {
        if (!by.supervisor()) {
            throw new WorkflowException("Only a supervisor can approve a link to a complaint.");
        }
        String why = StaffInput.requireText(reason, "Enter the reason for approving the link");
        if (why.length() > 1000) {
            throw new WorkflowException("Keep the reason to 1000 characters or fewer.");
        }
        var link = find(bodyId, complaintReference).filter(ComplaintLink::awaitsApproval)
                .orElseThrow(() -> new WorkflowException("This link is not waiting for approval."));
        link.approve(by.username(), why, at);
        request.audit(by, "COMPLAINT_LINK_APPROVED", "complaint " + link.complaintReference(), at);
        request.note(at, "Link to complaint " + link.complaintReference() + " approved: " + why, by.username());
        request.updated();
    }

    void close(UUID bodyId, String complaintReference, Officer by, Instant at, RequestChanges request) {
        var link = find(bodyId, complaintReference).filter(l -> l.isProposed() && !l.isClosed())
                .orElseThrow(() -> new WorkflowException("There is no open link to this complaint."));
        link.close(by.username(), at);
        request.audit(by, "COMPLAINT_LINK_CLOSED", "complaint " + link.complaintReference(), at);
        request.note(at, "Link to complaint " + link.complaintReference() + " closed.", by.username());
        request.updated();
    }

    Optional<ComplaintLink> active(UUID bodyId) {
        return links.stream().filter(l -> l.belongsTo(bodyId) && l.isActive()).findFirst();
    }

    /** No complaint still needs the footage: every link a body proposed is closed. */
    boolean allClosed() {
        return links.stream().filter(ComplaintLink::isProposed).allMatch(ComplaintLink::isClosed);
    }

    private ComplaintLink findOrAdd(UUID bodyId, String complaint, Instant at) {
        return find(bodyId, complaint).orElseGet(() -> {
            var link = new ComplaintLink(bodyId, complaint, at);
            links.add(link);
            return link;
        });
    }

    private Optional<ComplaintLink> find(UUID bodyId, String complaint) {
        return links.stream().filter(l -> l.concerns(bodyId, complaint.strip())).findFirst();
    }

    private static String complaint(String typed) {
        String complaint = StaffInput.requireText(typed, "Enter the complaint reference");
        if (complaint.length() > ComplaintLink.MAX_REFERENCE) {
            throw new WorkflowException("A complaint reference is " + ComplaintLink.MAX_REFERENCE
                    + " characters or fewer.");
        }
        return complaint;
    }
}
