package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint to a complaint body (IOPC, professional standards, a monitoring group) that this request's footage
 * matters to. The body proposes the link; it is active only when the requester consented to share the request
 * with that body, or a supervisor approved it with a reason (DPA 2018 s.35: the body has no general right to the
 * requester's data, so the disclosure needs the requester's consent or a recorded lawful reason). The body sees
 * who the requester is only if the requester agreed to that as well.
 */
@Embeddable
public class ComplaintLink {

    /** The longest complaint reference a link holds (the column's width). */
    public static final int MAX_REFERENCE = 40;

    @Column(name = "complaint_body_id")
    private @Nullable UUID complaintBodyId;

    @Column(name = "complaint_reference", nullable = false, length = MAX_REFERENCE)
    private String complaintReference;

    /** Who at the body proposed the link; null while only the requester has named it. */
    @Column(name = "linked_by", length = 64)
    private @Nullable String linkedBy;

    /** When the link was first recorded, by the body's proposal or the requester's consent. */
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "consented_at")
    private @Nullable Instant consentedAt;

    @Column(name = "identity_shared", nullable = false)
    private boolean identityShared;

    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "approval_reason", length = 1000)
    private @Nullable String approvalReason;

    @Column(name = "closed_by", length = 64)
    private @Nullable String closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected ComplaintLink() {
        this.complaintReference = "";
        this.linkedAt = Instant.EPOCH;
    }

    ComplaintLink(UUID complaintBodyId, String complaintReference, Instant at) {
        this.complaintBodyId = complaintBodyId;
        this.complaintReference = complaintReference;
        this.linkedAt = at;
    }

    boolean concerns(UUID bodyId, String complaint) {
        return bodyId.equals(complaintBodyId) && complaintReference.equalsIgnoreCase(complaint);
    }

    void propose(String by) {
        this.linkedBy = by;
    }

    void consent(boolean shareIdentity, Instant at) {
        this.consentedAt = at;
        this.identityShared = shareIdentity;
    }

    void approve(String by, String reason, Instant at) {
        this.approvedBy = by;
        this.approvalReason = reason;
        this.approvedAt = at;
    }

    void close(String by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
    }

    public boolean belongsTo(UUID bodyId) {
        return bodyId.equals(complaintBodyId);
    }

    public boolean isProposed() {
        return linkedBy != null;
    }

    public boolean isConsented() {
        return consentedAt != null;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Proposed by the body and earned by consent or approval; a closed link is no longer active. */
    public boolean isActive() {
        return isProposed() && (isConsented() || isApproved()) && !isClosed();
    }

    /** Proposed, not yet consented to or approved: a supervisor may approve it. */
    public boolean awaitsApproval() {
        return isProposed() && !isConsented() && !isApproved() && !isClosed();
    }

    /** The body may see who the requester is: an active link and the requester's own consent to that. */
    public boolean sharesIdentity() {
        return isActive() && isConsented() && identityShared;
    }

    public @Nullable UUID complaintBodyId() {
        return complaintBodyId;
    }

    public String complaintReference() {
        return complaintReference;
    }

    public @Nullable String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    public @Nullable String approvedBy() {
        return approvedBy;
    }

    public @Nullable String approvalReason() {
        return approvalReason;
    }
}
