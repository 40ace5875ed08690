package org.candour.disclosure.internal;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.candour.disclosure.FootageRejectedException;
import org.candour.disclosure.VideoFacts;
import org.jspecify.annotations.Nullable;

/**
 * Opens a clip with FFmpeg (through JavaCV) to find what it really is, whatever its name says: the container, the
 * streams and their codecs, the frame size, length and rate. Every packet is then read, so a file cut short (its
 * index promising more frames than it holds) is caught here and not when someone plays it.
 */
public final class VideoProbe {

    private static final Set<String> VIDEO_CODECS = Set.of("h264", "hevc");
    private static final Set<String> AUDIO_CODECS = Set.of("aac");
    private static final String ACCEPTED = "Upload an MP4 or MOV clip (H.264 or H.265 video, AAC audio) exported "
            + "from the evidence system.";

    static {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    /** The clip's facts, or {@link FootageRejectedException} saying in plain words what is wrong with it. */
    public VideoFacts probe(Path file) {
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            try {
                grabber.start();
            } catch (FrameGrabber.Exception e) {
                throw new FootageRejectedException("This file is not a video FFmpeg can open, or it is damaged. "
                        + ACCEPTED);
            }
            var facts = facts(grabber);
            checkComplete(grabber);
            return facts;
        } catch (FrameGrabber.Exception e) {
            throw new FootageRejectedException("This file could not be read to the end: it is damaged. " + ACCEPTED);
        }
    }

    private static VideoFacts facts(FFmpegFrameGrabber grabber) {
        String format = grabber.getFormat();
        if (format == null || !format.contains("mp4")) {
            throw new FootageRejectedException("This file is a " + format + " file, not MP4 or MOV. " + ACCEPTED);
        }
        String video = codec(grabber.getVideoCodec());
        if (video == null || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            throw new FootageRejectedException("This file has no video stream. " + ACCEPTED);
        }
        if (!VIDEO_CODECS.contains(video)) {
            throw new FootageRejectedException("Its video is " + video + ", not H.264 or H.265. " + ACCEPTED);
        }
        String audio = codec(grabber.getAudioCodec());
        if (audio != null && !AUDIO_CODECS.contains(audio)) {
            throw new FootageRejectedException("Its audio is " + audio + ", not AAC. " + ACCEPTED);
        }
        long micros = grabber.getLengthInTime();
        if (micros <= 0) {
            throw new FootageRejectedException("This video has no length: it is damaged. " + ACCEPTED);
        }
        String brand = grabber.getMetadata("major_brand");
        String container = brand != null && brand.strip().equals("qt") ? "MOV" : "MP4";
        return new VideoFacts(container, video, grabber.getImageWidth(), grabber.getImageHeight(),
                Duration.ofMillis(micros / 1000), grabber.getFrameRate(), audio);
    }

    /** Reads every packet (without decoding): fewer video packets than the index promises means a cut file. */
    private static void checkComplete(FFmpegFrameGrabber grabber) throws FrameGrabber.Exception {
        var context = grabber.getFormatContext();
        int videoIndex = -1;
        for (int i = 0; i < context.nb_streams(); i++) {
            if (context.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                videoIndex = i;
                break;
            }
        }
        long promised = context.streams(videoIndex).nb_frames();
        long found = 0;
        for (var packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
            if (packet.stream_index() == videoIndex) {
                found++;
            }
            av_packet_unref(packet);
        }
        if (found == 0 || (promised > 0 && found < promised)) {
            throw new FootageRejectedException("This video is cut short: it holds " + found + " of its " + promised
                    + " frames. Export it again from the evidence system.");
        }
    }

    private static @Nullable String codec(int id) {
        return id == 0 ? null : avcodec_get_name(id).getString();
    }
}
