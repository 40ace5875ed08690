package org.candour.disclosure.redaction;

import static org.bytedeco.opencv.global.opencv_core.meanStdDev;

import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/** A short clip decoded into memory for checks: grey pictures in order and the sound's samples with their times. */
final class DecodedClip implements AutoCloseable {

    final List<Mat> pictures = new ArrayList<>();
    final List<Long> pictureMicros = new ArrayList<>();
    final List<double[]> samples = new ArrayList<>();
    final int width;
    final int height;
    int sampleRate;

    private DecodedClip(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static DecodedClip of(Path file) throws Exception {
        try (var grabber = new FFmpegFrameGrabber(file.toFile());
             var converter = new OpenCVFrameConverter.ToMat()) {
            grabber.setImageMode(FrameGrabber.ImageMode.GRAY);
            grabber.start();
            var clip = new DecodedClip(grabber.getImageWidth(), grabber.getImageHeight());
            clip.sampleRate = grabber.getSampleRate();
            Frame frame;
            while ((frame = grabber.grabFrame(true, true, true, false, false)) != null) {
                if (frame.image != null) {
                    clip.pictures.add(converter.convert(frame).clone());
                    clip.pictureMicros.add(frame.timestamp);
                } else if (frame.samples != null) {
                    var buffer = (ShortBuffer) frame.samples[0];
                    for (int i = 0; i < buffer.limit(); i++) {
                        clip.samples.add(new double[] {frame.timestamp + i * 1e6 / frame.sampleRate,
                                buffer.get(i) / (double) Short.MAX_VALUE});
                    }
                }
            }
            return clip;
        }
    }

    /** Variance of the grey levels inside a box (relative to the frame) of one picture. */
    double variance(int picture, Box box) {
        try (Rect rect = pixels(box); Mat area = new Mat(pictures.get(picture), rect);
             Mat mean = new Mat(); Mat deviation = new Mat()) {
            meanStdDev(area, mean, deviation);
            double sd = deviation.createIndexer().getDouble(0);
            return sd * sd;
        }
    }

    /** Mean absolute difference of the grey levels inside a box between a picture here and one of another clip. */
    double difference(int picture, DecodedClip other, Box box) {
        try (Rect rect = pixels(box); Mat mine = new Mat(pictures.get(picture), rect);
             Mat theirs = new Mat(other.pictures.get(picture), rect); Mat diff = new Mat()) {
            org.bytedeco.opencv.global.opencv_core.absdiff(mine, theirs, diff);
            return org.bytedeco.opencv.global.opencv_core.mean(diff).get(0);
        }
    }

    /** Root mean square of the samples between two times (seconds); NaN when there are none. */
    double rms(double fromSeconds, double toSeconds) {
        double sum = 0;
        int count = 0;
        for (double[] sample : samples) {
            if (sample[0] >= fromSeconds * 1e6 && sample[0] < toSeconds * 1e6) {
                sum += sample[1] * sample[1];
                count++;
            }
        }
        return count == 0 ? Double.NaN : Math.sqrt(sum / count);
    }

    /** The picture shown at a time (seconds). */
    int pictureAt(double seconds) {
        int best = 0;
        for (int i = 0; i < pictureMicros.size(); i++) {
            if (Math.abs(pictureMicros.get(i) - seconds * 1e6) < Math.abs(pictureMicros.get(best) - seconds * 1e6)) {
                best = i;
            }
        }
        return best;
    }

    private Rect pixels(Box box) {
        return new Rect((int) Math.round(box.x() * width), (int) Math.round(box.y() * height),
                (int) Math.round(box.width() * width), (int) Math.round(box.height() * height));
    }

    @Override
    public void close() {
        pictures.forEach(Mat::close);
    }
}
