package org.candour.disclosure.redaction.engine;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.RedactionCancelledException;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionProgress;
import org.candour.disclosure.redaction.RedactionSettings;

/**
 * Decodes the clip at full size in yuv420p, redacts each picture in the encoder's own layout (blurred boxes, burned-in
 * line), silences the muted sound, and encodes the result: no colour conversion on the way.
 */
public final class RenderPass {

    private RenderPass() {
    }

    /** A grabber for {@link #run}: it hands out pictures in the encoder's layout (yuv420p). */
    public static FFmpegFrameGrabber open(Path input) {
        return Clips.open(input, FrameGrabber.ImageMode.COLOR, AV_PIX_FMT_YUV420P);
    }

    /** Writes the redacted copy of a clip opened by {@link #open} to {@code output}; returns the frames written. */
    public static long run(FFmpegFrameGrabber grabber, ClipInfo clip, RedactionPlan plan, Path output,
                           RedactionSettings settings, RedactionProgress progress) throws Exception {
        long start = Clips.startMicros(grabber);
        try (FFmpegFrameRecorder recorder = Encoders.start(output, grabber, settings);
             FrameRedactor redactor = new FrameRedactor(clip.width(), clip.height(), settings.blurCells(),
                     plan.burnedInLine());
             I420Picture picture = new I420Picture(clip.width(), clip.height())) {
            long frames = 0;
            Frame frame;
            while ((frame = grabber.grabFrame(true, true, true, false, false)) != null) {
                long at = frame.timestamp - start;
                if (frame.image != null) {
                    picture.copyFrom(frame);
                    redactor.blur(picture, plan.boxesAt(Duration.ofNanos(at * 1000)));
                    redactor.burnIn(picture);
                    if (at > recorder.getTimestamp()) {
                        recorder.setTimestamp(at);
                    }
                    recorder.recordImage(picture.width, picture.height, Frame.DEPTH_UBYTE, 1, picture.width,
                            AV_PIX_FMT_YUV420P, picture.buffer());
                    frames++;
                    progress.frames(frames, Math.max(frames, clip.frames()));
                    if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                        throw new RedactionCancelledException(frames);
                    }
                } else if (frame.samples != null) {
                    AudioMuter.mute(frame, at, plan.mutes());
                    recorder.record(frame);
                }
            }
            recorder.stop();
            return frames;
        }
    }
}
