package org.candour.support;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Real clips made in the test with FFmpeg (JavaCV's recorder): H.264 video of moving colour bars with an AAC tone,
 * small and short so that tests stay fast. Written under target/, never into the developer's ./data.
 */
public final class TestClips {

    public static final Path DIRECTORY = Path.of("target", "test-clips");
    private static final int SAMPLE_RATE = 44_100;

    private TestClips() {
    }

    /** An MP4 of {@code seconds} at 25 frames a second, {@code width} x {@code height}, with sound. */
    public static Path mp4(int width, int height, int seconds) throws IOException {
        Path file = Files.createDirectories(DIRECTORY).resolve("clip-" + UUID.randomUUID() + ".mp4");
        int fps = 25;
        try (var recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 1)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize(fps);
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setSampleRate(SAMPLE_RATE);
            recorder.setAudioChannels(1);
            recorder.start();
            var frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < seconds * fps; i++) {
                paint(frame, width, height, i);
                recorder.record(frame);
                if (i % fps == 0) {
                    recorder.recordSamples(SAMPLE_RATE, 1, tone(i / fps));
                }
            }
            recorder.stop();
        }
        return file;
    }

    private static void paint(Frame frame, int width, int height, int index) {
        var pixels = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bar = ((x + index * 4) / 16) % 6;
                int at = y * stride + x * 3;
                pixels.put(at, (byte) (bar * 40));
                pixels.put(at + 1, (byte) (255 - bar * 40));
                pixels.put(at + 2, (byte) ((y + index) % 256));
            }
        }
    }

    private static ShortBuffer tone(int second) {
        var samples = ShortBuffer.allocate(SAMPLE_RATE);
        for (int i = 0; i < SAMPLE_RATE; i++) {
            samples.put((short) (Math.sin(2 * Math.PI * (440 + second * 110) * i / SAMPLE_RATE) * 8000));
        }
        return samples.flip();
    }
}
