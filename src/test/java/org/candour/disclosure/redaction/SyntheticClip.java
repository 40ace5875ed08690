package org.candour.disclosure.redaction;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A real H.264/AAC MP4 made for tests and benchmarks: a textured background that pans (so the encoder has real work),
 * the fixture face (NASA's public-domain portrait of Eileen Collins) composited at known, moving positions, and a
 * 440 Hz tone on a mono sound track.
 */
public final class SyntheticClip {

    public static final int SAMPLE_RATE = 44_100;
    public static final double TONE_HZ = 440;
    public static final double TONE_AMPLITUDE = 0.3;

    private static final int PAN_PIXELS = 48;

    /** A face of {@code size} pixels square whose top-left corner moves linearly from (x0, y0) to (x1, y1). */
    public record MovingFace(int size, int x0, int y0, int x1, int y1) {

        /** Where the face image lies at a fraction {@code t} (0..1) of the clip. */
        public Rect at(double t) {
            return new Rect((int) Math.round(x0 + (x1 - x0) * t), (int) Math.round(y0 + (y1 - y0) * t), size, size);
        }

        /** The face itself inside the image (the image has hair and shoulders around it), relative to the frame. */
        public Box faceBoxAt(double t, int width, int height) {
            try (Rect image = at(t)) {
                double inset = size * 0.2;
                return new Box((image.x() + inset) / width, (image.y() + inset) / height, (size - 2 * inset) / width,
                        (size - 2 * inset) / height);
            }
        }
    }

    public record Spec(int width, int height, double frameRate, int frames, List<MovingFace> faces, boolean tone) {

        public double fraction(int frame) {
            return frames <= 1 ? 0 : (double) frame / (frames - 1);
        }
    }

    static {
        // Quiet: x264's and the AAC encoder's statistics would fill the test output.
        org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR);
    }

    private SyntheticClip() {
    }

    public static Path write(Path file, Spec spec) throws Exception {
        try (Mat face = fixtureFace();
             Mat texture = texture(spec.width() + PAN_PIXELS, spec.height());
             Mat frame = new Mat(spec.height(), spec.width(), CV_8UC3);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
             FFmpegFrameRecorder recorder = recorder(file, spec)) {
            var faces = new ArrayList<Mat>();
            spec.faces().forEach(moving -> faces.add(resized(face, moving.size())));
            recorder.start();
            long samplesWritten = 0;
            for (int i = 0; i < spec.frames(); i++) {
                int pan = (int) Math.round(PAN_PIXELS / 2.0 * (1 - Math.cos(i * 2 * Math.PI / 120)));
                try (Rect window = new Rect(pan, 0, spec.width(), spec.height());
                     Mat background = new Mat(texture, window)) {
                    background.copyTo(frame);
                }
                for (int f = 0; f < faces.size(); f++) {
                    try (Rect place = spec.faces().get(f).at(spec.fraction(i)); Mat target = new Mat(frame, place)) {
                        faces.get(f).copyTo(target);
                    }
                }
                recorder.record(converter.convert(frame), AV_PIX_FMT_BGR24);
                if (spec.tone()) {
                    long until = Math.round((i + 1) * SAMPLE_RATE / spec.frameRate());
                    recorder.recordSamples(SAMPLE_RATE, 1, tone(samplesWritten, until));
                    samplesWritten = until;
                }
            }
            recorder.stop();
            faces.forEach(Mat::close);
        }
        return file;
    }

    private static FFmpegFrameRecorder recorder(Path file, Spec spec) {
        var recorder = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), spec.tone() ? 1 : 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(AV_CODEC_ID_H264);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(spec.frameRate());
        recorder.setVideoOption("preset", "veryfast");
        recorder.setVideoOption("crf", "18");
        if (spec.tone()) {
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setSampleRate(SAMPLE_RATE);
            recorder.setAudioBitrate(128_000);
        }
        return recorder;
    }

    private static ShortBuffer tone(long from, long until) {
        var samples = ShortBuffer.allocate((int) (until - from));
        for (long s = from; s < until; s++) {
            samples.put((short) Math.round(TONE_AMPLITUDE * Short.MAX_VALUE
                    * Math.sin(2 * Math.PI * TONE_HZ * s / SAMPLE_RATE)));
        }
        return samples.flip();
    }

    /** Smooth random blobs (a sixtieth of the height across): detail everywhere, nothing like a face. */
    private static Mat texture(int width, int height) {
        var random = new Random(16);
        int cell = Math.max(6, height / 60);
        try (Mat cells = new Mat(height / cell + 1, width / cell + 1, CV_8UC3);
             UByteIndexer indexer = cells.createIndexer();
             Size size = new Size(width, height)) {
            for (long row = 0; row < cells.rows(); row++) {
                for (long col = 0; col < cells.cols(); col++) {
                    for (long channel = 0; channel < 3; channel++) {
                        indexer.put(row, col, channel, 30 + random.nextInt(196));
                    }
                }
            }
            var texture = new Mat();
            resize(cells, texture, size, 0, 0, INTER_CUBIC);
            return texture;
        }
    }

    private static Mat fixtureFace() throws IOException {
        try (InputStream in = SyntheticClip.class.getResourceAsStream("/disclosure/face-eileen-collins.png")) {
            if (in == null) {
                throw new IOException("The face fixture is missing from the test resources");
            }
            byte[] png = in.readAllBytes();
            try (BytePointer bytes = new BytePointer(png); Mat encoded = new Mat(1, png.length,
                    org.bytedeco.opencv.global.opencv_core.CV_8UC1, bytes)) {
                Mat face = imdecode(encoded, IMREAD_COLOR);
                if (face.empty()) {
                    throw new UncheckedIOException(new IOException("OpenCV cannot decode the face fixture"));
                }
                return face;
            }
        }
    }

    private static Mat resized(Mat face, int size) {
        var result = new Mat();
        try (Size target = new Size(size, size)) {
            resize(face, result, target, 0, 0, INTER_AREA);
        }
        return result;
    }
}
