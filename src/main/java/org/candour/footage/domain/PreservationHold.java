package org.candour.footage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A preservation hold on one recording: who asked, why, for which request or complaint, when; and when it was
 * released, by whom and why. While any hold on a recording is in place, the 31-day rule does not delete it.
 */
@Entity
@Table(name = "preservation_hold")
public class PreservationHold {

    @Id
    private UUID id;

    @Column(name = "recording_id", nullable = false, length = 64)
    private String recordingId;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "request_reference", length = 40)
    private @Nullable String requestReference;

    @Column(name = "complaint_reference", length = 40)
    private @Nullable String complaintReference;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    @Column(name = "released_by", length = 100)
    private @Nullable String releasedBy;

    @Column(name = "release_reason", length = 1000)
    private @Nullable String releaseReason;

    @Version
    private long version;

    protected PreservationHold() {
        this.id = UUID.randomUUID();
        this.recordingId = "";
        this.placedBy = "";
        this.reason = "";
        this.placedAt = Instant.EPOCH;
    }

    public PreservationHold(String recordingId, String placedBy, String reason, @Nullable String requestReference,
                            @Nullable String complaintReference, Instant placedAt) {
        if (requestReference == null && complaintReference == null) {
            throw new IllegalArgumentException("A hold must name the request or complaint it preserves footage for");
        }
        this.id = UUID.randomUUID();
        this.recordingId = recordingId;
        this.placedBy = placedBy;
        this.reason = reason;
        this.requestReference = requestReference;
        this.complaintReference = complaintReference;
        this.placedAt = placedAt;
    }

    /** Ends the hold; the recording follows the 31-day rule again unless another hold remains. */
    public void release(String by, String why, Instant at) {
        if (releasedAt != null) {
            throw new IllegalStateException("This hold was already released at " + releasedAt);
        }
        this.releasedAt = at;
        this.releasedBy = by;
        this.releaseReason = why;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public UUID id() {
        return id;
    }

    public String recordingId() {
        return recordingId;
    }

    public String placedBy() {
        return placedBy;
    }

    public String reason() {
        return reason;
    }

    public @Nullable String requestReference() {
        return requestReference;
    }

    public @Nullable String complaintReference() {
        return complaintReference;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public @Nullable Instant releasedAt() {
        return releasedAt;
    }

    public @Nullable String releasedBy() {
        return releasedBy;
    }

    public @Nullable String releaseReason() {
        return releaseReason;
    }
}
