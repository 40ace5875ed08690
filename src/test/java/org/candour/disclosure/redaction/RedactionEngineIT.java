package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a real clip: 2 s of 640x360 H.264 at 25 frames/s with NASA's portrait of Eileen Collins moving across
 * a textured background and a 440 Hz tone. Detection, then one render with every face blurred, a manual box and a
 * mute, checked frame by frame and sample by sample against the clip it came from.
 */
class RedactionEngineIT {

    private static final SyntheticClip.MovingFace FACE = new SyntheticClip.MovingFace(120, 40, 60, 280, 110);
    private static final SyntheticClip.Spec SPEC = new SyntheticClip.Spec(640, 360, 25, 50, List.of(FACE), true);
    /** Far from the face's path and above the burned-in band. */
    private static final Box CONTROL = new Box(0.80, 0.45, 0.15, 0.25);
    private static final Box MANUAL = new Box(0.78, 0.05, 0.18, 0.25);
    private static final TimeRange MANUAL_DURING = TimeRange.ofMillis(600, 1200);
    private static final TimeRange MUTE = TimeRange.ofMillis(800, 1300);
    private static final String LINE = RedactionPlan.disclosureLine("BWV-2026-000123", LocalDate.of(2026, 12, 6));

    @TempDir
    static Path dir;

    private static final RedactionEngine ENGINE = new RedactionEngine();
    private static Path input;
    private static DetectedTracks detected;
    private static RenderReport report;
    private static DecodedClip original;
    private static DecodedClip redacted;

    @BeforeAll
    static void detectAndRender() throws Exception {
        input = SyntheticClip.write(dir.resolve("input.mp4"), SPEC);
        detected = ENGINE.detect(input, RedactionProgress.NONE);
        var plan = RedactionPlan.blurEveryFace(detected, LINE)
                .withManualBox(new ManualBox(MANUAL, MANUAL_DURING, "number plate"))
                .withMute(MUTE);
        report = ENGINE.render(input, plan, dir.resolve("redacted.mp4"), RedactionProgress.NONE);
        original = DecodedClip.of(input);
        redacted = DecodedClip.of(report.output());
    }

    @AfterAll
    static void free() {
        if (original != null) {
            original.close();
        }
        if (redacted != null) {
            redacted.close();
        }
    }

    @Test
    void detectionFindsTheMovingFaceAsOneTrackThatFollowsIt() {
        assertThat(detected.tracks()).isNotEmpty();
        FaceTrack track = detected.tracks().stream().max(java.util.Comparator.comparingInt(t -> t.points().size()))
                .orElseThrow();
        for (double seconds = 0; seconds < 1.96; seconds += 0.2) {
            Box truth = FACE.faceBoxAt(seconds / 1.96, SPEC.width(), SPEC.height());
            assertThat(track.boxAt(Duration.ofMillis(Math.round(seconds * 1000))))
                    .as("the track's box at %.1f s", seconds)
                    .hasValueSatisfying(box -> assertThat(box.iou(truth)).isGreaterThan(0.3));
        }
        int every = ENGINE.settings().detectEveryNthFrame();
        assertThat(detected.framesSearched()).isEqualTo((SPEC.frames() + every - 1) / every);
    }

    @Test
    void theFaceIsBlurredInEveryFrameAndTheRestIsNot() {
        assertThat(redacted.pictures).hasSize(original.pictures.size()).hasSize(SPEC.frames());
        for (int i = 0; i < SPEC.frames(); i++) {
            Box face = FACE.faceBoxAt(SPEC.fraction(i), SPEC.width(), SPEC.height());
            assertThat(redacted.variance(i, face)).as("variance of the face in frame %d", i)
                    .isLessThan(original.variance(i, face) * 0.25);
            assertThat(redacted.variance(i, CONTROL)).as("variance of the control region in frame %d", i)
                    .isGreaterThan(original.variance(i, CONTROL) * 0.6);
        }
    }

    @Test
    void aTrackKeptClearIsNotBlurred() {
        var plan = RedactionPlan.blurEveryFace(detected, LINE);
        for (FaceTrack track : detected.tracks()) {
            plan = plan.keepingClear(track.id());
        }
        var clear = ENGINE.render(input, plan, dir.resolve("clear.mp4"), RedactionProgress.NONE);
        assertThat(clear.log().blurredTracks()).isEmpty();
        try (var decoded = DecodedClip.of(clear.output())) {
            for (int i = 0; i < SPEC.frames(); i += 7) {
                Box face = FACE.faceBoxAt(SPEC.fraction(i), SPEC.width(), SPEC.height());
                assertThat(decoded.variance(i, face)).isGreaterThan(original.variance(i, face) * 0.6);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aManualBoxIsBlurredWithinItsTimeRangeOnly() {
        for (int i = 0; i < SPEC.frames(); i++) {
            double ratio = redacted.variance(i, MANUAL) / original.variance(i, MANUAL);
            boolean during = MANUAL_DURING.contains(Duration.ofMillis(i * 40L));
            assertThat(ratio).as("variance ratio of the manual box in frame %d (%s its range)", i,
                    during ? "inside" : "outside").is(during ? below(0.25) : above(0.6));
        }
    }

    @Test
    void theMuteRangeIsSilentAndTheRestKeepsItsSound() {
        double tone = SyntheticClip.TONE_AMPLITUDE / Math.sqrt(2);
        assertThat(original.rms(0.85, 1.25)).isGreaterThan(tone * 0.8);
        assertThat(redacted.rms(0.85, 1.25)).as("sound inside the mute").isLessThan(tone * 0.02);
        assertThat(redacted.rms(0.2, 0.7)).as("sound before the mute").isGreaterThan(tone * 0.8);
        assertThat(redacted.rms(1.4, 1.9)).as("sound after the mute").isGreaterThan(tone * 0.8);
    }

    @Test
    void theBurnedInLineCoversTheBottomOfEveryFrame() {
        var band = new Box(0, 0.95, 1, 0.05);
        var top = new Box(0.3, 0, 0.4, 0.05);
        for (int i = 0; i < SPEC.frames(); i += 5) {
            assertThat(redacted.difference(i, original, band)).isGreaterThan(40);
            assertThat(redacted.difference(i, original, top)).isLessThan(10);
        }
    }

    @Test
    void theCopyIsAnH264Mp4WithAacSoundItsHashAndLog() throws Exception {
        try (var grabber = new FFmpegFrameGrabber(report.output().toFile())) {
            grabber.start();
            assertThat(grabber.getFormat()).contains("mp4");
            assertThat(grabber.getVideoCodecName()).isEqualTo("h264");
            assertThat(grabber.getAudioCodecName()).isEqualTo("aac");
            assertThat(grabber.getImageWidth()).isEqualTo(640);
            var video = grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();
            assertThat(video.format()).isEqualTo(avutil.AV_PIX_FMT_YUV420P);
        }
        assertThat(report.frames()).isEqualTo(SPEC.frames());
        assertThat(report.sha256()).isEqualTo(RedactionEngine.sha256(report.output())).hasSize(64);
        assertThat(report.bytes()).isEqualTo(Files.size(report.output()));
        assertThat(report.log().lines()).contains("Burned in: Disclosed to BWV-2026-000123 on 6 December 2026",
                "Silenced the sound over 0:00.800-0:01.300");
        assertThat(report.log().blurredTracks()).extracting(RedactionLog.BlurredTrack::id)
                .containsExactlyElementsOf(detected.tracks().stream().map(FaceTrack::id).toList());
        assertThat(report.log().manualBoxes()).extracting(ManualBox::label).containsExactly("number plate");
    }

    @Test
    void progressCountsEveryFrameAndCancellingLeavesTheEarlierCopyAsItWas() throws Exception {
        Path output = dir.resolve("cancelled.mp4");
        Files.writeString(output, "an earlier copy");
        var done = new AtomicLong();
        var cancelAfterTen = new RedactionProgress() {
            @Override
            public void frames(long framesDone, long total) {
                done.set(framesDone);
                assertThat(total).isGreaterThanOrEqualTo(framesDone);
            }

            @Override
            public boolean cancelled() {
                return done.get() >= 10;
            }
        };
        var plan = RedactionPlan.blurEveryFace(detected, LINE);

        assertThatThrownBy(() -> ENGINE.render(input, plan, output, cancelAfterTen))
                .isInstanceOf(RedactionCancelledException.class);
        assertThat(done.get()).isEqualTo(10);
        assertThat(output).hasContent("an earlier copy");
        assertThat(dir.resolve("cancelled.mp4.partial")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedAndNothingIsWritten() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all");
        Path output = dir.resolve("from-notes.mp4");

        assertThatThrownBy(() -> ENGINE.render(text, RedactionPlan.blurEveryFace(detected, LINE), output,
                RedactionProgress.NONE)).isInstanceOf(RedactionFailedException.class)
                .hasMessageContaining("notes.mp4");
        assertThatThrownBy(() -> ENGINE.detect(text, RedactionProgress.NONE))
                .isInstanceOf(RedactionFailedException.class);
        assertThat(output).doesNotExist();
        assertThat(dir.resolve("from-notes.mp4.partial")).doesNotExist();
    }

    @Test
    void aPlanThatDoesNotFitTheClipIsRefusedBeforeAnythingIsWritten() {
        Path output = dir.resolve("invalid.mp4");
        var plan = RedactionPlan.blurEveryFace(detected, LINE).withMute(TimeRange.ofMillis(1500, 2500));

        assertThatThrownBy(() -> ENGINE.render(input, plan, output, RedactionProgress.NONE))
                .isInstanceOf(InvalidRedactionPlanException.class)
                .hasMessageContaining("mute 1 ends at 0:02.500, after the end of the clip");
        assertThat(output).doesNotExist();
    }

    private static org.assertj.core.api.Condition<Double> below(double limit) {
        return new org.assertj.core.api.Condition<>(value -> value < limit, "below %s", limit);
    }

    private static org.assertj.core.api.Condition<Double> above(double limit) {
        return new org.assertj.core.api.Condition<>(value -> value > limit, "above %s", limit);
    }
}
