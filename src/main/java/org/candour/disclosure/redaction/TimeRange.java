package org.candour.disclosure.redaction;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A stretch of the clip, from {@code start} (included) to {@code end} (excluded), measured from its beginning. */
public record TimeRange(Duration start, Duration end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static TimeRange ofMillis(long startMillis, long endMillis) {
        return new TimeRange(Duration.ofMillis(startMillis), Duration.ofMillis(endMillis));
    }

    public boolean contains(Duration at) {
        return at.compareTo(start) >= 0 && at.compareTo(end) < 0;
    }

    /** What is wrong with this range in a clip of the given length, or null when nothing is. */
    @Nullable String problemIn(Duration clipLength) {
        if (start.isNegative()) {
            return "starts before the clip (" + format(start) + ")";
        }
        if (end.compareTo(start) <= 0) {
            return "ends (" + format(end) + ") no later than it starts (" + format(start) + ")";
        }
        if (end.compareTo(clipLength) > 0) {
            return "ends at " + format(end) + ", after the end of the clip (" + format(clipLength) + ")";
        }
        return null;
    }

    @Override
    public String toString() {
        return format(start) + "-" + format(end);
    }

    /** Minutes, seconds and milliseconds, as a caseworker reads a timeline: 1:05.250. */
    static String format(Duration duration) {
        long millis = Math.abs(duration.toMillis());
        return String.format(java.util.Locale.ROOT, "%s%d:%02d.%03d", duration.isNegative() ? "-" : "",
                millis / 60_000, millis / 1000 % 60, millis % 1000);
    }
}
