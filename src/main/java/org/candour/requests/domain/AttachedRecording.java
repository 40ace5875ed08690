package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A recording (its catalogue id) from the footage catalogue attached to this request, and whether a preservation hold is on it. */
@Embeddable
public class AttachedRecording {

    @Column(name = "recording_id", nullable = false, length = 64)
    private String recordingId;

    @Column(name = "attached_by", nullable = false, length = 64)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Column(name = "held", nullable = false)
    private boolean held;

    protected AttachedRecording() {
        this.recordingId = "";
        this.attachedBy = "";
        this.attachedAt = Instant.EPOCH;
    }

    AttachedRecording(String recordingId, String attachedBy, Instant attachedAt) {
        this.recordingId = recordingId;
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    void hold() {
        this.held = true;
    }

    public String recordingId() {
        return recordingId;
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    public boolean held() {
        return held;
    }
}
