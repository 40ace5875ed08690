package org.candour.disclosure.redaction.engine;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.candour.disclosure.redaction.RedactionSettings;

/**
 * The disclosure copy's encoder: H.264 (x264, the settings' preset and quality, all cores) in yuv420p, AAC sound
 * when the source has sound, MP4 with its index at the front so that a browser can play it while it downloads.
 */
public final class Encoders {

    private static final int AUDIO_BITRATE = 128_000;

    private Encoders() {
    }

    /** A started recorder for a copy of the grabber's clip. */
    public static FFmpegFrameRecorder start(Path output, FFmpegFrameGrabber source, RedactionSettings settings)
            throws FrameRecorder.Exception {
        int channels = Math.max(0, source.getAudioChannels());
        var recorder = new FFmpegFrameRecorder(output.toFile(), source.getImageWidth(), source.getImageHeight(),
                channels);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(AV_CODEC_ID_H264);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(source.getFrameRate());
        recorder.setVideoOption("preset", settings.preset());
        recorder.setVideoOption("crf", Integer.toString(settings.crf()));
        recorder.setOption("movflags", "+faststart");
        if (channels > 0) {
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setSampleRate(source.getSampleRate());
            recorder.setAudioBitrate(AUDIO_BITRATE);
        }
        try {
            recorder.start();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            recorder.close();
            throw e;
        }
        return recorder;
    }
}
