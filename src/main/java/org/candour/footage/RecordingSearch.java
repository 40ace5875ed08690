package org.candour.footage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Recordings in a borough that overlap a time window, optionally from one camera and of one officer (by collar
 * number, matched through the officer's pseudonymous key), earliest first, at most {@code limit} of them (up to
 * {@link #MAX_LIMIT}).
 */
public record RecordingSearch(String boroughCode, Instant from, Instant to, @Nullable String cameraId,
                              @Nullable String collarNumber, int limit) {

    public static final int MAX_LIMIT = 1_000;

    public RecordingSearch(String boroughCode, Instant from, Instant to, @Nullable String cameraId, int limit) {
        this(boroughCode, from, to, cameraId, null, limit);
    }

    public RecordingSearch {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The window must end after it starts");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
