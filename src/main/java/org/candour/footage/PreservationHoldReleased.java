package org.candour.footage;

import java.time.Instant;
import java.util.UUID;

/**
 * A preservation hold on a recording was released. {@code stillHeld} says whether other holds remain on it; the
 * recording's own state (evidential, held) is in the catalogue.
 */
public record PreservationHoldReleased(UUID holdId, String recordingId, boolean stillHeld, Instant at) {
}
