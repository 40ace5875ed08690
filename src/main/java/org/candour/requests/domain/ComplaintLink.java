package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A complaint body's complaint that this request's footage matters to (IOPC, professional standards). */
@Embeddable
public class ComplaintLink {

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "linked_by", nullable = false, length = 64)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ComplaintLink() {
        this.complaintReference = this.linkedBy = "";
        this.linkedAt = Instant.EPOCH;
    }

    ComplaintLink(String complaintReference, String linkedBy, Instant linkedAt) {
        this.complaintReference = complaintReference;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public String complaintReference() {
        return complaintReference;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
