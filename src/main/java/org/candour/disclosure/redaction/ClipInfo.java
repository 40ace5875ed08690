package org.candour.disclosure.redaction;

import java.time.Duration;

/** What FFmpeg found when it opened a clip: picture size, length, frame rate, frames and whether there is sound. */
public record ClipInfo(int width, int height, Duration length, double frameRate, long frames, boolean hasAudio,
                       String videoCodec) {
}
