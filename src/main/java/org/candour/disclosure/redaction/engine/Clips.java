package org.candour.disclosure.redaction.engine;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.RedactionFailedException;

/** Opens clips with FFmpeg and says what is in them. */
public final class Clips {

    static {
        av_log_set_level(AV_LOG_ERROR);
    }

    private Clips() {
    }

    /** A started grabber on the clip, or a clear refusal when it is not a video FFmpeg can decode. */
    public static FFmpegFrameGrabber open(Path input, FrameGrabber.ImageMode mode) {
        return open(input, mode, AV_PIX_FMT_NONE);
    }

    /** The same, with the pictures converted to {@code pixelFormat} (an AV_PIX_FMT_ constant). */
    public static FFmpegFrameGrabber open(Path input, FrameGrabber.ImageMode mode, int pixelFormat) {
        if (!Files.isRegularFile(input)) {
            throw new RedactionFailedException("There is no file at " + input);
        }
        var grabber = new FFmpegFrameGrabber(input.toFile());
        grabber.setImageMode(mode);
        grabber.setPixelFormat(pixelFormat);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new RedactionFailedException("FFmpeg cannot read " + input.getFileName() + " as a video: "
                    + e.getMessage(), e);
        }
        if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0 || grabber.getFrameRate() <= 0) {
            closeQuietly(grabber);
            throw new RedactionFailedException(input.getFileName() + " has no video stream");
        }
        return grabber;
    }

    public static ClipInfo info(FFmpegFrameGrabber grabber) {
        return new ClipInfo(grabber.getImageWidth(), grabber.getImageHeight(),
                Duration.ofNanos(grabber.getLengthInTime() * 1000), grabber.getFrameRate(),
                grabber.getLengthInVideoFrames(), grabber.getAudioChannels() > 0, grabber.getVideoCodecName());
    }

    /** The container's start time in microseconds: frame times are measured from it. */
    public static long startMicros(FFmpegFrameGrabber grabber) {
        long start = grabber.getFormatContext().start_time();
        return start == AV_NOPTS_VALUE ? 0 : start;
    }

    static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // Already failing: the first error is the one to report.
        }
    }
}
