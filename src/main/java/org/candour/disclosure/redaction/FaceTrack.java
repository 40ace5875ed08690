package org.candour.disclosure.redaction;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One face followed through the clip: a stable id, the boxes where it was detected, and how long before its first
 * and after its last detection it is still covered ({@code lead}, {@code hold}): faces are looked for every few
 * frames only, so a face may appear a little before it is first seen and stay a little after it is last seen.
 * Between two detections the box moves linearly from one to the other.
 */
public record FaceTrack(int id, List<TrackPoint> points, Duration lead, Duration hold) {

    public FaceTrack {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A face track needs at least one detection");
        }
        points = points.stream().sorted(Comparator.comparing(TrackPoint::at)).toList();
    }

    public Duration firstSeen() {
        return points.getFirst().at();
    }

    public Duration lastSeen() {
        return points.getLast().at();
    }

    /** The stretch this track blurs: from its lead before the first detection to its hold after the last. */
    public TimeRange covered() {
        Duration start = firstSeen().minus(lead);
        return new TimeRange(start.isNegative() ? Duration.ZERO : start, lastSeen().plus(hold));
    }

    /** The box to blur at a moment, if the track covers it. */
    public Optional<Box> boxAt(Duration at) {
        TimeRange covered = covered();
        if (at.compareTo(covered.start()) < 0 || at.compareTo(covered.end()) > 0) {
            return Optional.empty();
        }
        if (at.compareTo(firstSeen()) <= 0) {
            return Optional.of(points.getFirst().box());
        }
        if (at.compareTo(lastSeen()) >= 0) {
            return Optional.of(points.getLast().box());
        }
        for (int i = 1; i < points.size(); i++) {
            TrackPoint after = points.get(i);
            if (at.compareTo(after.at()) <= 0) {
                TrackPoint before = points.get(i - 1);
                double t = (double) at.minus(before.at()).toNanos() / after.at().minus(before.at()).toNanos();
                return Optional.of(before.box().towards(after.box(), t));
            }
        }
        return Optional.of(points.getLast().box());
    }
}
