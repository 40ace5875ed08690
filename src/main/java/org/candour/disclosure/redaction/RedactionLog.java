package org.candour.disclosure.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * What a render did, kept with the case: the clip, each blurred face track and when, the tracks kept clear, the
 * manual boxes, the silenced ranges, the burned-in line, the settings and the engine. Who asked for it is the
 * caller's to add.
 */
public record RedactionLog(ClipInfo clip, List<BlurredTrack> blurredTracks, List<Integer> keptClear,
                           List<ManualBox> manualBoxes, List<TimeRange> mutes, String burnedInLine,
                           RedactionSettings settings, String engine) {

    /** A face track that was blurred: its id, the stretch it covered and how many detections it is made of. */
    public record BlurredTrack(int id, TimeRange during, int detections) {
    }

    public RedactionLog {
        blurredTracks = List.copyOf(blurredTracks);
        keptClear = List.copyOf(keptClear);
        manualBoxes = List.copyOf(manualBoxes);
        mutes = List.copyOf(mutes);
    }

    public static RedactionLog of(RedactionPlan plan, ClipInfo clip, RedactionSettings settings, String engine) {
        return new RedactionLog(clip, plan.blurredTracks().stream()
                .map(track -> new BlurredTrack(track.id(), withinClip(track.covered(), clip), track.points().size()))
                .toList(),
                plan.keptClear().stream().sorted().toList(), plan.manualBoxes(), plan.mutes(), plan.burnedInLine(),
                settings, engine);
    }

    private static TimeRange withinClip(TimeRange range, ClipInfo clip) {
        return range.end().compareTo(clip.length()) > 0 ? new TimeRange(range.start(), clip.length()) : range;
    }

    /** The log in words, one line each, for the case history. */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add("Clip: " + clip.width() + "x" + clip.height() + ", " + TimeRange.format(clip.length()) + ", "
                + clip.frames() + " frames, " + (clip.hasAudio() ? "with" : "without") + " sound");
        blurredTracks.forEach(track -> lines.add("Blurred face track " + track.id() + " over " + track.during()
                + " (" + track.detections() + " detections)"));
        keptClear.forEach(id -> lines.add("Kept face track " + id + " clear"));
        manualBoxes.forEach(box -> lines.add("Blurred manual box" + (box.label().isBlank() ? "" : " '" + box.label()
                + "'") + " over " + box.during() + " at " + box.box()));
        mutes.forEach(range -> lines.add("Silenced the sound over " + range));
        lines.add("Burned in: " + burnedInLine);
        lines.add("Settings: " + settings);
        lines.add("Engine: " + engine);
        return lines;
    }
}
