package org.candour.disclosure.redaction.engine;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.getTextSize;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.candour.disclosure.redaction.Box;

/**
 * Redacts full-size BGR frames in place: each box is shrunk to a few cells across (which throws its detail away for
 * good), softened, and stretched back over itself; then the burned-in line, white on an opaque black band, is copied
 * over the bottom of the frame. The band is drawn once; the cell buffer is reused from frame to frame.
 */
public final class FrameRedactor implements AutoCloseable {

    private static final double BAND_HEIGHT = 0.055;
    private static final int MIN_BAND_PIXELS = 18;
    private static final double TEXT_HEIGHT_IN_BAND = 0.55;
    private static final double MAX_TEXT_WIDTH = 0.96;
    private static final Size SOFTEN = new Size(3, 3);

    private final int width;
    private final int height;
    private final int blurCells;
    private final Mat band;
    private final Rect bandArea;
    private final Mat cells = new Mat();

    public FrameRedactor(int width, int height, int blurCells, String line) {
        this.width = width;
        this.height = height;
        this.blurCells = blurCells;
        int bandHeight = Math.min(height, Math.max(MIN_BAND_PIXELS, (int) Math.round(height * BAND_HEIGHT)));
        this.bandArea = new Rect(0, height - bandHeight, width, bandHeight);
        this.band = drawBand(width, bandHeight, line);
    }

    /** Blurs each box (relative to the frame) beyond recovery. */
    public void blur(Mat frame, List<Box> boxes) {
        for (Box box : boxes) {
            int left = clamp((int) Math.floor(box.x() * width), width);
            int top = clamp((int) Math.floor(box.y() * height), height);
            int right = clamp((int) Math.ceil(box.right() * width), width);
            int bottom = clamp((int) Math.ceil(box.bottom() * height), height);
            if (right - left >= 2 && bottom - top >= 2) {
                blurArea(frame, left, top, right - left, bottom - top);
            }
        }
    }

    /** Copies the burned-in line over the bottom of the frame. */
    public void burnIn(Mat frame) {
        try (Mat bottom = new Mat(frame, bandArea)) {
            band.copyTo(bottom);
        }
    }

    private void blurArea(Mat frame, int left, int top, int areaWidth, int areaHeight) {
        double cell = Math.max(1.0, (double) Math.min(areaWidth, areaHeight) / blurCells);
        int across = Math.max(1, (int) Math.round(areaWidth / cell));
        int down = Math.max(1, (int) Math.round(areaHeight / cell));
        try (Rect rect = new Rect(left, top, areaWidth, areaHeight);
             Mat area = new Mat(frame, rect);
             Size small = new Size(across, down);
             Size full = new Size(areaWidth, areaHeight)) {
            resize(area, cells, small, 0, 0, INTER_AREA);
            GaussianBlur(cells, cells, SOFTEN, 0);
            resize(cells, area, full, 0, 0, INTER_LINEAR);
        }
    }

    private static Mat drawBand(int width, int bandHeight, String line) {
        var band = new Mat(bandHeight, width, CV_8UC3, new Scalar(0, 0, 0, 0));
        int thickness = Math.max(1, bandHeight / 16);
        int[] baseline = new int[1];
        double scale;
        try (Size unit = getTextSize(line, FONT_HERSHEY_SIMPLEX, 1.0, thickness, baseline)) {
            scale = Math.min(bandHeight * TEXT_HEIGHT_IN_BAND / unit.height(), width * MAX_TEXT_WIDTH / unit.width());
        }
        try (Size text = getTextSize(line, FONT_HERSHEY_SIMPLEX, scale, thickness, baseline);
             Point origin = new Point((width - text.width()) / 2, (bandHeight + text.height()) / 2);
             Scalar white = new Scalar(255, 255, 255, 0)) {
            putText(band, line, origin, FONT_HERSHEY_SIMPLEX, scale, white, thickness, LINE_AA, false);
        }
        return band;
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    @Override
    public void close() {
        band.close();
        bandArea.close();
        cells.close();
    }
}
