package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaceTrackerTest {

    private static final RedactionSettings SETTINGS = RedactionSettings.DEFAULT; // least IoU 0.2, 2 misses allowed
    private static final Duration EVERY = Duration.ofMillis(200);

    /**
     * Each row: the detections (x of a 0.1 x 0.1 box, ';' between samples, '-' for none) and the track id each
     * detection ends up in, in the same layout.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one still face                                  | 0.1;0.1;0.1         | 1;1;1
            a face moving a little each sample              | 0.1;0.14;0.18;0.22  | 1;1;1;1
            a face speeding up, followed through its speed  | 0.1;0.16;0.24;0.32  | 1;1;1;1
            two faces apart keep their own tracks           | 0.1,0.6;0.12,0.58   | 1,2;1,2
            two faces listed the other way round            | 0.1,0.6;0.58,0.12   | 1,2;2,1
            a jump too far starts a new track               | 0.1;0.5             | 1;2
            two misses are allowed                          | 0.1;-;-;0.1         | 1;-;-;1
            a third miss ends the track                     | 0.1;-;-;-;0.1       | 1;-;-;-;2
            a new face beside a tracked one                 | 0.1;0.1,0.5         | 1;1,2
            """)
    void detectionsContinueTheTrackTheyOverlapMost(String name, String detections, String expectedTracks) {
        var tracker = new FaceTracker(SETTINGS, EVERY);
        String[] samples = detections.split(";");
        for (int s = 0; s < samples.length; s++) {
            tracker.observe(EVERY.multipliedBy(s), boxes(samples[s]));
        }
        var tracks = tracker.tracks();

        String[] expected = expectedTracks.split(";");
        for (int s = 0; s < samples.length; s++) {
            Duration at = EVERY.multipliedBy(s);
            List<Box> found = boxes(samples[s]);
            String[] ids = expected[s].split(",");
            for (int d = 0; d < found.size(); d++) {
                int id = Integer.parseInt(ids[d]);
                Box padded = found.get(d).padded(SETTINGS.padding());
                assertThat(tracks).filteredOn(track -> track.id() == id).singleElement()
                        .satisfies(track -> assertThat(track.points()).contains(new TrackPoint(at, padded)));
            }
        }
        int distinct = (int) Arrays.stream(expectedTracks.split("[;,]")).filter(id -> !id.equals("-")).distinct()
                .count();
        assertThat(tracks).hasSize(distinct);
    }

    @org.junit.jupiter.api.Test
    void tracksLeadByOneSampleAndHoldForTheAllowedMissesAndOneMore() {
        var tracker = new FaceTracker(SETTINGS, EVERY);
        tracker.observe(Duration.ofMillis(400), boxes("0.3"));

        var track = tracker.tracks().getFirst();
        assertThat(track.lead()).isEqualTo(EVERY);
        assertThat(track.hold()).isEqualTo(EVERY.multipliedBy(3));
        assertThat(track.covered()).isEqualTo(TimeRange.ofMillis(200, 1000));
    }

    private static List<Box> boxes(String sample) {
        if (sample.equals("-")) {
            return List.of();
        }
        return Arrays.stream(sample.split(",")).map(x -> new Box(Double.parseDouble(x), 0.4, 0.1, 0.1)).toList();
    }
}
