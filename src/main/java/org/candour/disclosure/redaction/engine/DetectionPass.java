package org.candour.disclosure.redaction.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.DetectedTracks;
import org.candour.disclosure.redaction.FaceTracker;
import org.candour.disclosure.redaction.RedactionCancelledException;
import org.candour.disclosure.redaction.RedactionFailedException;
import org.candour.disclosure.redaction.RedactionProgress;
import org.candour.disclosure.redaction.RedactionSettings;

/**
 * Decodes every frame (H.264 needs that) but looks for faces on every n-th only, on a small grey copy that FFmpeg's
 * scaler makes straight from the decoded picture; the other frames are never converted.
 */
public final class DetectionPass {

    private DetectionPass() {
    }

    public static DetectedTracks run(Path input, RedactionSettings settings, RedactionProgress progress) {
        try (FFmpegFrameGrabber grabber = Clips.open(input, FrameGrabber.ImageMode.GRAY);
             FaceDetector detector = new FaceDetector();
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            ClipInfo clip = Clips.info(grabber);
            int width = Math.min(settings.detectionWidth(), clip.width());
            grabber.setImageWidth(width);
            grabber.setImageHeight(Math.max(1, (int) Math.round((double) clip.height() * width / clip.width())));
            int every = settings.detectEveryNthFrame();
            var tracker = new FaceTracker(settings, Duration.ofNanos(Math.round(every * 1e9 / clip.frameRate())));
            long start = Clips.startMicros(grabber);
            long frames = 0;
            long searched = 0;
            Frame frame;
            while ((frame = grabber.grabFrame(false, true, frames % every == 0, false, false)) != null) {
                if (frames % every == 0) {
                    Mat grey = converter.convert(frame);
                    tracker.observe(Duration.ofNanos((frame.timestamp - start) * 1000), detector.detect(grey));
                    searched++;
                }
                frames++;
                progress.frames(frames, Math.max(frames, clip.frames()));
                if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new RedactionCancelledException(frames);
                }
            }
            return new DetectedTracks(clip, tracker.tracks(), settings, searched);
        } catch (RedactionFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new RedactionFailedException("Face detection failed on " + input.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }
}
