package org.candour.footage;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A preservation hold as the API shows it. */
public record HoldSummary(UUID id, String recordingId, String placedBy, String reason,
                          @Nullable String requestReference, @Nullable String complaintReference, Instant placedAt,
                          @Nullable Instant releasedAt, @Nullable String releasedBy, @Nullable String releaseReason) {

    public boolean active() {
        return releasedAt == null;
    }
}
