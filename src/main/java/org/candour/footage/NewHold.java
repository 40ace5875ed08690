package org.candour.footage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A preservation hold to place on one or more recordings: who places it, why, and the footage request or complaint
 * it serves (at least one of the two).
 */
public record NewHold(List<String> recordingIds, String placedBy, String reason, @Nullable String requestReference,
                      @Nullable String complaintReference) {
}
