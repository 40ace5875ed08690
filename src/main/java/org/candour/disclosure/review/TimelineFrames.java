package org.candour.disclosure.review;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.disclosure.redaction.RedactionFailedException;
import org.candour.disclosure.redaction.engine.Clips;
import org.springframework.stereotype.Component;

/**
 * Small pictures of an original clip at evenly spaced moments, for the review's timeline strip: decoded by FFmpeg from
 * a private working copy, scaled down, and kept in memory for the last few clips only (never written to disk), so a
 * page reload does not decrypt the clip again.
 */
@Component
class TimelineFrames {

    static final int COUNT = 8;
    static final int WIDTH = 192;
    private static final int CLIPS_KEPT = 12;

    /** A picture of the clip at a moment. */
    record Still(Duration at, BufferedImage image) {
    }

    private final FootageStorage storage;
    private final Map<UUID, List<Still>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<Still>> eldest) {
            return size() > CLIPS_KEPT;
        }
    };

    TimelineFrames(FootageStorage storage) {
        this.storage = storage;
    }

    List<Still> of(FootageFile original) {
        synchronized (recent) {
            var kept = recent.get(original.id());
            if (kept != null) {
                return kept;
            }
        }
        var stills = decode(original);
        synchronized (recent) {
            recent.put(original.id(), stills);
        }
        return stills;
    }

    /** Keeps the pictures of a clip already decrypted for other work (finding faces), so the page need not. */
    void remember(FootageFile original, Path plaintext) {
        var stills = decode(plaintext);
        synchronized (recent) {
            recent.put(original.id(), stills);
        }
    }

    private List<Still> decode(FootageFile original) {
        Path input = null;
        try {
            input = storage.workFile(UUID.randomUUID() + "-timeline.mp4");
            storage.decryptTo(original.id(), original.sizeBytes(), input);
            return decode(input);
        } catch (IOException e) {
            throw new RedactionFailedException("The clip could not be read for its timeline: " + e.getMessage(), e);
        } finally {
            if (input != null) {
                try {
                    Files.deleteIfExists(input);
                } catch (IOException ignored) {
                    // A private working file under a random name, never served.
                }
            }
        }
    }

    private static List<Still> decode(Path input) {
        try (FFmpegFrameGrabber grabber = Clips.open(input, FrameGrabber.ImageMode.COLOR);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            long lengthMicros = Math.max(1, grabber.getLengthInTime());
            var stills = new ArrayList<Still>();
            for (int i = 0; i < COUNT; i++) {
                long at = lengthMicros * (2L * i + 1) / (2L * COUNT);
                grabber.setVideoTimestamp(at);
                Frame frame = grabber.grabImage();
                if (frame != null) {
                    stills.add(new Still(Duration.ofNanos(at * 1000), scaled(converter.convert(frame))));
                }
            }
            return List.copyOf(stills);
        } catch (FrameGrabber.Exception e) {
            throw new RedactionFailedException("The clip could not be read for its timeline: " + e.getMessage(), e);
        }
    }

    private static BufferedImage scaled(BufferedImage picture) {
        int height = Math.max(1, picture.getHeight() * WIDTH / picture.getWidth());
        var small = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, WIDTH, height, null);
        g.dispose();
        return small;
    }
}
