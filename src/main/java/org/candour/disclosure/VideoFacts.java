package org.candour.disclosure;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What FFmpeg found on opening a clip: its container (MP4 or MOV), video codec (h264 or hevc), frame size, length,
 * frame rate and audio codec (null when the clip has no sound).
 */
public record VideoFacts(String container, String videoCodec, int width, int height, Duration duration,
                         double frameRate, @Nullable String audioCodec) {

    /** A short line for staff and the audit log, e.g. "MP4, h264 1280x720, 30 fps, 0:02, audio aac". */
    public String describe() {
        long seconds = duration.toSeconds();
        return String.format(Locale.UK, "%s, %s %dx%d, %s fps, %d:%02d, %s", container, videoCodec, width, height,
                frameRate == Math.rint(frameRate) ? String.valueOf((long) frameRate)
                        : String.format(Locale.UK, "%.2f", frameRate),
                seconds / 60, seconds % 60, audioCodec == null ? "no audio" : "audio " + audioCodec);
    }
}
