package org.candour.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.candour.disclosure.redaction.Box;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.ManualBox;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionSettings;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.disclosure.redaction.TrackPoint;
import org.junit.jupiter.api.Test;

/** Tracks, plan and redaction log come back from their JSON exactly as they were written. */
class RedactionJsonTest {

    private static final FaceTrack ONE = new FaceTrack(1, List.of(
            new TrackPoint(Duration.ofMillis(240), new Box(0.1, 0.2, 0.15, 0.2)),
            new TrackPoint(Duration.ofMillis(480), new Box(0.12, 0.21, 0.15, 0.2))),
            Duration.ofMillis(240), Duration.ofMillis(720));
    private static final FaceTrack TWO = new FaceTrack(2, List.of(
            new TrackPoint(Duration.ofMillis(1000), new Box(0.6, 0.1, 0.1, 0.1))),
            Duration.ofMillis(240), Duration.ofMillis(720));
    private static final RedactionPlan PLAN = new RedactionPlan(List.of(ONE, TWO), Set.of(2),
            List.of(new ManualBox(new Box(0.7, 0.7, 0.2, 0.1), TimeRange.ofMillis(100, 900), "number plate")),
            List.of(TimeRange.ofMillis(500, 1250)), "Disclosed to BWV-2026-000123 on 6 December 2026");

    @Test
    void tracksPlanAndLogSurviveTheRoundTrip() {
        assertThat(RedactionJson.tracks(RedactionJson.write(List.of(ONE, TWO)))).containsExactly(ONE, TWO);
        assertThat(RedactionJson.plan(RedactionJson.write(PLAN))).isEqualTo(PLAN);
        var log = RedactionLog.of(PLAN, new ClipInfo(640, 360, Duration.ofSeconds(2), 25, 50, true, "h264"),
                RedactionSettings.DEFAULT, "JavaCV");
        assertThat(RedactionJson.log(RedactionJson.write(log))).isEqualTo(log);
    }

    @Test
    void nothingIsNothing() {
        assertThat(RedactionJson.write(null)).isNull();
        assertThat(RedactionJson.plan(null)).isNull();
    }
}
