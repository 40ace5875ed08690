package org.candour.disclosure.redaction.engine;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.nio.Buffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.Frame;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One picture in the encoder's own layout, planar YUV 4:2:0 with no padding (I420): the luma plane, then the two
 * chroma planes at half width and height. Redacting here spares two colour conversions per frame (to BGR and back),
 * which cost more than the blurring itself. Allocated once and refilled for every frame.
 */
final class I420Picture implements AutoCloseable {

    final int width;
    final int height;
    final int chromaWidth;
    final int chromaHeight;
    final Mat luma;
    final Mat blueDifference;
    final Mat redDifference;
    private final BytePointer data;
    private final Buffer buffer;

    I420Picture(int width, int height) {
        this.width = width;
        this.height = height;
        this.chromaWidth = (width + 1) / 2;
        this.chromaHeight = (height + 1) / 2;
        long lumaSize = (long) width * height;
        long chromaSize = (long) chromaWidth * chromaHeight;
        this.data = new BytePointer(lumaSize + 2 * chromaSize);
        this.luma = plane(0, height, width);
        this.blueDifference = plane(lumaSize, chromaHeight, chromaWidth);
        this.redDifference = plane(lumaSize + chromaSize, chromaHeight, chromaWidth);
        this.buffer = data.asBuffer();
    }

    /** Copies a yuv420p frame from FFmpeg's grabber, whose rows may be padded to {@code frame.imageStride}. */
    void copyFrom(Frame frame) {
        int stride = frame.imageStride;
        int chromaStride = (stride + 1) / 2;
        var source = new BytePointer((java.nio.ByteBuffer) frame.image[0]);
        try (Mat y = new Mat(height, width, CV_8UC1, source, stride);
             Mat u = new Mat(chromaHeight, chromaWidth, CV_8UC1, source.getPointer((long) stride * height),
                     chromaStride);
             Mat v = new Mat(chromaHeight, chromaWidth, CV_8UC1, source.getPointer((long) stride * height
                     + (long) chromaStride * chromaHeight), chromaStride)) {
            y.copyTo(luma);
            u.copyTo(blueDifference);
            v.copyTo(redDifference);
        }
    }

    /** The whole picture, as the recorder takes it. */
    Buffer buffer() {
        return buffer;
    }

    private Mat plane(long offset, int rows, int cols) {
        return new Mat(rows, cols, CV_8UC1, data.getPointer(offset), cols);
    }

    @Override
    public void close() {
        luma.close();
        blueDifference.close();
        redDifference.close();
        data.close();
    }
}
