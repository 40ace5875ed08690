package org.candour.disclosure.redaction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the disclosure copy hides and says: every detected face track is blurred unless the caseworker keeps it clear
 * (the requester's own face), manual boxes are blurred over their time ranges, audio is silenced over the mute
 * ranges, and the burned-in line (for instance "Disclosed to BWV-2026-000123 on 6 December 2026") is drawn along the
 * bottom of every frame.
 */
public record RedactionPlan(List<FaceTrack> tracks, Set<Integer> keptClear, List<ManualBox> manualBoxes,
                            List<TimeRange> mutes, String burnedInLine) {

    /** The most characters that stay readable across a frame in the burned-in line. */
    public static final int MAX_LINE_LENGTH = 100;

    private static final DateTimeFormatter LINE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public RedactionPlan {
        tracks = List.copyOf(tracks);
        keptClear = Set.copyOf(keptClear);
        manualBoxes = List.copyOf(manualBoxes);
        mutes = List.copyOf(mutes);
        Objects.requireNonNull(burnedInLine, "burnedInLine");
    }

    /** The default plan: every detected face blurred, nothing else. */
    public static RedactionPlan blurEveryFace(DetectedTracks detected, String burnedInLine) {
        return new RedactionPlan(detected.tracks(), Set.of(), List.of(), List.of(), burnedInLine);
    }

    /** The burned-in line for a request reference and the date of disclosure. */
    public static String disclosureLine(String reference, LocalDate date) {
        return "Disclosed to " + reference + " on " + LINE_DATE.format(date);
    }

    public RedactionPlan keepingClear(int trackId) {
        var ids = new TreeSet<>(keptClear);
        ids.add(trackId);
        return new RedactionPlan(tracks, ids, manualBoxes, mutes, burnedInLine);
    }

    public RedactionPlan withManualBox(ManualBox box) {
        return new RedactionPlan(tracks, keptClear, Stream.concat(manualBoxes.stream(), Stream.of(box)).toList(),
                mutes, burnedInLine);
    }

    public RedactionPlan withMute(TimeRange range) {
        return new RedactionPlan(tracks, keptClear, manualBoxes, Stream.concat(mutes.stream(), Stream.of(range))
                .toList(), burnedInLine);
    }

    public List<FaceTrack> blurredTracks() {
        return tracks.stream().filter(track -> !keptClear.contains(track.id())).toList();
    }

    /** Every box to blur on the frame shown at {@code at}: blurred tracks, then manual boxes. */
    public List<Box> boxesAt(Duration at) {
        var boxes = new ArrayList<Box>();
        for (FaceTrack track : tracks) {
            if (!keptClear.contains(track.id())) {
                track.boxAt(at).ifPresent(boxes::add);
            }
        }
        for (ManualBox manual : manualBoxes) {
            if (manual.during().contains(at)) {
                boxes.add(manual.box());
            }
        }
        return boxes;
    }

    public boolean isMutedAt(Duration at) {
        return mutes.stream().anyMatch(range -> range.contains(at));
    }

    /** Every reason this plan cannot be rendered on the clip, in words; empty when it can. */
    public List<String> problemsIn(ClipInfo clip) {
        var problems = new ArrayList<String>();
        lineProblem().ifPresent(problems::add);
        var trackIds = tracks.stream().map(FaceTrack::id).toList();
        keptClear.stream().filter(id -> !trackIds.contains(id)).sorted().forEach(id ->
                problems.add("track " + id + " is to be kept clear, but the clip has no such track"));
        for (int i = 0; i < manualBoxes.size(); i++) {
            ManualBox manual = manualBoxes.get(i);
            String name = "manual box " + (i + 1) + (manual.label().isBlank() ? "" : " (" + manual.label() + ")");
            if (!manual.box().isInsideFrame()) {
                problems.add(name + " is not inside the frame (left " + manual.box().x() + ", top " + manual.box().y()
                        + ", width " + manual.box().width() + ", height " + manual.box().height()
                        + "; each edge must lie between 0 and 1)");
            }
            String range = manual.during().problemIn(clip.length());
            if (range != null) {
                problems.add(name + " " + range);
            }
        }
        for (int i = 0; i < mutes.size(); i++) {
            String range = mutes.get(i).problemIn(clip.length());
            if (range != null) {
                problems.add("mute " + (i + 1) + " " + range);
            }
        }
        if (!mutes.isEmpty() && !clip.hasAudio()) {
            problems.add("the plan mutes audio, but the clip has no sound");
        }
        return problems;
    }

    /** Refuses, with every reason at once, a plan that cannot be rendered on the clip. */
    public void requireRenderableIn(ClipInfo clip) {
        var problems = problemsIn(clip);
        if (!problems.isEmpty()) {
            throw new InvalidRedactionPlanException(problems);
        }
    }

    private java.util.Optional<String> lineProblem() {
        if (burnedInLine.isBlank()) {
            return java.util.Optional.of("the burned-in line is empty (it must name the request and the date)");
        }
        if (burnedInLine.length() > MAX_LINE_LENGTH) {
            return java.util.Optional.of("the burned-in line has " + burnedInLine.length() + " characters; at most "
                    + MAX_LINE_LENGTH + " stay readable");
        }
        return burnedInLine.chars().filter(c -> c < 0x20 || c > 0x7e).findFirst().stream()
                .mapToObj(c -> "the burned-in line may only use plain printable characters (letters A-Z, digits, "
                        + "punctuation); it has '" + Character.toString(c) + "'")
                .findFirst();
    }
}
