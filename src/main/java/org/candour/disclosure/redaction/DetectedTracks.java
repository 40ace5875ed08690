package org.candour.disclosure.redaction;

import java.util.List;

/** What detection found in a clip: the clip itself, the face tracks, and the settings they were found with. */
public record DetectedTracks(ClipInfo clip, List<FaceTrack> tracks, RedactionSettings settings,
                             long framesSearched) {

    public DetectedTracks {
        tracks = List.copyOf(tracks);
    }
}
