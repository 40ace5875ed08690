package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaceTrackTest {

    /** Seen at 1.0 s at x 0.1, 1.2 s at x 0.3 and 2.0 s at x 0.5 (after missed detections); lead 0.2, hold 0.6. */
    private static final FaceTrack TRACK = new FaceTrack(1, List.of(
            point(1200, 0.3), point(1000, 0.1), point(2000, 0.5)), Duration.ofMillis(200), Duration.ofMillis(600));

    @ParameterizedTest(name = "at {0} ms: {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0    | none
            799  | none
            800  | 0.1
            1000 | 0.1
            1100 | 0.2
            1200 | 0.3
            1600 | 0.4
            2000 | 0.5
            2600 | 0.5
            2601 | none
            """)
    void theBoxIsHeldBeforeAndAfterAndInterpolatedBetweenDetections(long millis, Double x) {
        var box = TRACK.boxAt(Duration.ofMillis(millis));
        if (x == null) {
            assertThat(box).isEmpty();
        } else {
            assertThat(box).hasValueSatisfying(found -> assertThat(found.x()).isCloseTo(x, offset(1e-9)));
        }
    }

    @org.junit.jupiter.api.Test
    void theTrackCoversFromItsLeadToItsHoldAndNeverBeforeTheClip() {
        assertThat(TRACK.covered()).isEqualTo(TimeRange.ofMillis(800, 2600));
        assertThat(TRACK.firstSeen()).isEqualTo(Duration.ofMillis(1000));
        var fromTheStart = new FaceTrack(2, List.of(point(100, 0.2)), Duration.ofMillis(200), Duration.ZERO);
        assertThat(fromTheStart.covered()).isEqualTo(TimeRange.ofMillis(0, 100));
    }

    private static TrackPoint point(long millis, double x) {
        return new TrackPoint(Duration.ofMillis(millis), new Box(x, 0.2, 0.2, 0.3));
    }
}
