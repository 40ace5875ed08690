package org.candour.disclosure.redaction;

import java.time.Duration;
import java.util.Objects;

/** Where a tracked face was seen (its box, padded) at one moment of the clip. */
public record TrackPoint(Duration at, Box box) {

    public TrackPoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(box, "box");
    }
}
