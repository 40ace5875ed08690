package org.candour.disclosure.redaction.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.RedactionCancelledException;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionProgress;
import org.candour.disclosure.redaction.RedactionSettings;

/**
 * Decodes the clip at full size, redacts each picture in place (blurred boxes, burned-in line), silences the muted
 * sound, and encodes the result. Each frame is wrapped as an OpenCV matrix once, without copying.
 */
public final class RenderPass {

    private RenderPass() {
    }

    /** Writes the redacted copy of an open clip to {@code output}; returns the video frames written. */
    public static long run(FFmpegFrameGrabber grabber, ClipInfo clip, RedactionPlan plan, Path output,
                           RedactionSettings settings, RedactionProgress progress) throws Exception {
        long start = Clips.startMicros(grabber);
        try (FFmpegFrameRecorder recorder = Encoders.start(output, grabber, settings);
             FrameRedactor redactor = new FrameRedactor(clip.width(), clip.height(), settings.blurCells(),
                     plan.burnedInLine());
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            long frames = 0;
            Frame frame;
            while ((frame = grabber.grabFrame(true, true, true, false, false)) != null) {
                long at = frame.timestamp - start;
                if (frame.image != null) {
                    var picture = converter.convert(frame);
                    redactor.blur(picture, plan.boxesAt(Duration.ofNanos(at * 1000)));
                    redactor.burnIn(picture);
                    if (at > recorder.getTimestamp()) {
                        recorder.setTimestamp(at);
                    }
                    recorder.record(frame);
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
