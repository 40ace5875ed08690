package org.candour.disclosure.redaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the faces detected on sampled frames into tracks. Each detection continues the open track whose expected box
 * (its last box moved on at the track's recent speed) it overlaps most, if that overlap (IoU) reaches the settings'
 * least; pairs are taken best first, so one detection continues one track at most. A detection that continues none
 * starts a new track; a track that misses more detections in a row than allowed ends.
 */
public final class FaceTracker {

    private final RedactionSettings settings;
    private final Duration sampleInterval;
    private final List<OpenTrack> open = new ArrayList<>();
    private final List<OpenTrack> ended = new ArrayList<>();
    private int nextId = 1;

    /** @param sampleInterval time between two frames that faces are looked for on */
    public FaceTracker(RedactionSettings settings, Duration sampleInterval) {
        this.settings = settings;
        this.sampleInterval = sampleInterval;
    }

    /** The faces found on the frame shown at {@code at} (boxes as detected, not padded). */
    public void observe(Duration at, List<Box> detections) {
        var pairs = new ArrayList<Pair>();
        for (OpenTrack track : open) {
            Box expected = track.expectedAt(at);
            for (int d = 0; d < detections.size(); d++) {
                double iou = expected.iou(detections.get(d));
                if (iou >= settings.minIou()) {
                    pairs.add(new Pair(track, d, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
        var continued = new ArrayList<OpenTrack>();
        var used = new boolean[detections.size()];
        for (Pair pair : pairs) {
            if (!continued.contains(pair.track()) && !used[pair.detection()]) {
                pair.track().points.add(new TrackPoint(at, detections.get(pair.detection())));
                pair.track().misses = 0;
                continued.add(pair.track());
                used[pair.detection()] = true;
            }
        }
        for (OpenTrack track : List.copyOf(open)) {
            if (!continued.contains(track) && ++track.misses > settings.missesAllowed()) {
                open.remove(track);
                ended.add(track);
            }
        }
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                var track = new OpenTrack(nextId++);
                track.points.add(new TrackPoint(at, detections.get(d)));
                open.add(track);
            }
        }
    }

    /** Every track so far, in the order they started, with padded boxes, lead and hold. */
    public List<FaceTrack> tracks() {
        Duration hold = sampleInterval.multipliedBy(settings.missesAllowed() + 1L);
        return java.util.stream.Stream.concat(ended.stream(), open.stream())
                .sorted(Comparator.comparingInt(track -> track.id))
                .map(track -> new FaceTrack(track.id, track.points.stream()
                        .map(point -> new TrackPoint(point.at(), point.box().padded(settings.padding())))
                        .toList(), sampleInterval, hold))
                .toList();
    }

    private record Pair(OpenTrack track, int detection, double iou) {
    }

    private static final class OpenTrack {

        private final int id;
        private final List<TrackPoint> points = new ArrayList<>();
        private int misses;

        private OpenTrack(int id) {
            this.id = id;
        }

        /** The last box moved on to {@code at} at the speed between the last two detections. */
        private Box expectedAt(Duration at) {
            TrackPoint last = points.getLast();
            if (points.size() < 2) {
                return last.box();
            }
            TrackPoint before = points.get(points.size() - 2);
            double step = (double) at.minus(last.at()).toNanos() / last.at().minus(before.at()).toNanos();
            return before.box().towards(last.box(), 1 + step);
        }
    }
}
