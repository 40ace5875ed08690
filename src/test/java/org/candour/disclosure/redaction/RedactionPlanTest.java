package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedactionPlanTest {

    private static final ClipInfo CLIP = new ClipInfo(1280, 720, Duration.ofSeconds(10), 30, 300, true, "h264");
    private static final ClipInfo SILENT_CLIP = new ClipInfo(1280, 720, Duration.ofSeconds(10), 30, 300, false,
            "h264");
    private static final FaceTrack TRACK_1 = track(1, 1000, 3000, 0.1);
    private static final FaceTrack TRACK_2 = track(2, 2000, 4000, 0.6);
    private static final String LINE = "Disclosed to BWV-2026-000123 on 6 December 2026";
    private static final RedactionPlan PLAN = new RedactionPlan(List.of(TRACK_1, TRACK_2), java.util.Set.of(),
            List.of(), List.of(), LINE);
    private static final Box PLATE = new Box(0.7, 0.7, 0.2, 0.1);

    static Stream<Arguments> plans() {
        return Stream.of(
                plan("the default plan", p -> p, CLIP),
                plan("a manual box and a mute inside the clip", p -> p
                        .withManualBox(new ManualBox(PLATE, TimeRange.ofMillis(0, 10_000), "plate"))
                        .withMute(TimeRange.ofMillis(9000, 10_000)), CLIP),
                plan("a track kept clear", p -> p.keepingClear(2), CLIP),
                plan("an empty line", p -> withLine(p, "  "), CLIP,
                        "the burned-in line is empty (it must name the request and the date)"),
                plan("a line too long", p -> withLine(p, "x".repeat(101)), CLIP,
                        "the burned-in line has 101 characters; at most 100 stay readable"),
                plan("a line with a character the font lacks", p -> withLine(p, "Disclosed to Zoë"), CLIP,
                        "the burned-in line may only use plain printable characters (letters A-Z, digits, "
                                + "punctuation); it has 'ë'"),
                plan("an unknown track kept clear", p -> p.keepingClear(7), CLIP,
                        "track 7 is to be kept clear, but the clip has no such track"),
                plan("a box past the right edge", p -> p.withManualBox(new ManualBox(new Box(0.9, 0.1, 0.2, 0.1),
                        TimeRange.ofMillis(0, 1000), "screen")), CLIP,
                        "manual box 1 (screen) is not inside the frame (left 0.9, top 0.1, width 0.2, height 0.1; "
                                + "each edge must lie between 0 and 1)"),
                plan("a box without size", p -> p.withManualBox(new ManualBox(new Box(0.1, 0.1, 0, 0.1),
                        TimeRange.ofMillis(0, 1000), "")), CLIP,
                        "manual box 1 is not inside the frame (left 0.1, top 0.1, width 0.0, height 0.1; "
                                + "each edge must lie between 0 and 1)"),
                plan("a box's range after the clip", p -> p.withManualBox(new ManualBox(PLATE,
                        TimeRange.ofMillis(9000, 12_000), "plate")), CLIP,
                        "manual box 1 (plate) ends at 0:12.000, after the end of the clip (0:10.000)"),
                plan("a mute ending before it starts", p -> p.withMute(TimeRange.ofMillis(5000, 4000)), CLIP,
                        "mute 1 ends (0:04.000) no later than it starts (0:05.000)"),
                plan("an empty mute", p -> p.withMute(TimeRange.ofMillis(5000, 5000)), CLIP,
                        "mute 1 ends (0:05.000) no later than it starts (0:05.000)"),
                plan("a mute before the clip", p -> p.withMute(TimeRange.ofMillis(-500, 1000)), CLIP,
                        "mute 1 starts before the clip (-0:00.500)"),
                plan("a mute on a clip without sound", p -> p.withMute(TimeRange.ofMillis(0, 1000)), SILENT_CLIP,
                        "the plan mutes audio, but the clip has no sound"),
                plan("every problem at once", p -> withLine(p, "").keepingClear(9)
                                .withMute(TimeRange.ofMillis(0, 1000)).withMute(TimeRange.ofMillis(0, 11_000)), CLIP,
                        "the burned-in line is empty (it must name the request and the date)",
                        "track 9 is to be kept clear, but the clip has no such track",
                        "mute 2 ends at 0:11.000, after the end of the clip (0:10.000)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aPlanIsRenderableOnlyWhenItFitsTheClip(String name, UnaryOperator<RedactionPlan> change, ClipInfo clip,
                                                List<String> problems) {
        RedactionPlan plan = change.apply(PLAN);

        assertThat(plan.problemsIn(clip)).containsExactlyElementsOf(problems);
        if (problems.isEmpty()) {
            plan.requireRenderableIn(clip);
        } else {
            assertThatThrownBy(() -> plan.requireRenderableIn(clip))
                    .isInstanceOf(InvalidRedactionPlanException.class)
                    .hasMessage("The redaction plan cannot be rendered: " + String.join("; ", problems));
        }
    }

    @Test
    void everyTrackIsBlurredUnlessKeptClearAndManualBoxesOnlyInTheirRange() {
        var plan = PLAN.keepingClear(2).withManualBox(new ManualBox(PLATE, TimeRange.ofMillis(2500, 5000), "plate"));

        assertThat(plan.blurredTracks()).containsExactly(TRACK_1);
        assertThat(plan.boxesAt(Duration.ofMillis(2000))).containsExactly(TRACK_1.boxAt(Duration.ofMillis(2000))
                .orElseThrow());
        assertThat(plan.boxesAt(Duration.ofMillis(2500))).hasSize(2).contains(PLATE);
        assertThat(plan.boxesAt(Duration.ofMillis(4500))).containsExactly(PLATE);
        assertThat(plan.boxesAt(Duration.ofMillis(5000))).isEmpty();
        assertThat(PLAN.boxesAt(Duration.ofMillis(2500))).hasSize(2);
    }

    @Test
    void muteRangesIncludeTheirStartAndExcludeTheirEnd() {
        var plan = PLAN.withMute(TimeRange.ofMillis(1000, 2000));

        assertThat(plan.isMutedAt(Duration.ofMillis(999))).isFalse();
        assertThat(plan.isMutedAt(Duration.ofMillis(1000))).isTrue();
        assertThat(plan.isMutedAt(Duration.ofMillis(1999))).isTrue();
        assertThat(plan.isMutedAt(Duration.ofMillis(2000))).isFalse();
    }

    @Test
    void theDisclosureLineNamesTheReferenceAndTheDate() {
        assertThat(RedactionPlan.disclosureLine("BWV-2026-000123", LocalDate.of(2026, 12, 6)))
                .isEqualTo("Disclosed to BWV-2026-000123 on 6 December 2026");
    }

    @Test
    void theLogSaysWhatWasBlurredKeptClearAndSilenced() {
        var plan = PLAN.keepingClear(2).withMute(TimeRange.ofMillis(1000, 2000));
        var log = RedactionLog.of(plan, CLIP, RedactionSettings.DEFAULT, "engine");

        assertThat(log.lines()).startsWith("Clip: 1280x720, 0:10.000, 300 frames, with sound",
                "Blurred face track 1 over 0:00.800-0:03.600 (2 detections)", "Kept face track 2 clear",
                "Silenced the sound over 0:01.000-0:02.000", "Burned in: " + LINE);
    }

    private static Arguments plan(String name, UnaryOperator<RedactionPlan> change, ClipInfo clip,
                                  String... problems) {
        return Arguments.of(name, change, clip, List.of(problems));
    }

    private static RedactionPlan withLine(RedactionPlan plan, String line) {
        return new RedactionPlan(plan.tracks(), plan.keptClear(), plan.manualBoxes(), plan.mutes(), line);
    }

    private static FaceTrack track(int id, long fromMillis, long toMillis, double x) {
        return new FaceTrack(id, List.of(new TrackPoint(Duration.ofMillis(fromMillis), new Box(x, 0.2, 0.2, 0.3)),
                new TrackPoint(Duration.ofMillis(toMillis), new Box(x, 0.2, 0.2, 0.3))), Duration.ofMillis(200),
                Duration.ofMillis(600));
    }
}
