package org.candour.disclosure.redaction.engine;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
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
 * Redacts pictures in place, in their YUV 4:2:0 planes: each box is shrunk to a few cells across (which throws its
 * detail away for good), softened, and stretched back over itself, in the luma plane and in both chroma planes; then
 * the burned-in line, white on an opaque black band, goes over the bottom (the band is grey, so its chroma is
 * neutral). The band is drawn once; the cell buffer is reused from frame to frame.
 */
final class FrameRedactor implements AutoCloseable {

    /** Video (limited) range levels of black and white in the luma plane, and neutral chroma. */
    private static final int BLACK = 16;
    private static final int WHITE = 235;
    private static final int NEUTRAL = 128;
    private static final double BAND_HEIGHT = 0.055;
    private static final int MIN_BAND_PIXELS = 18;
    private static final double TEXT_HEIGHT_IN_BAND = 0.55;
    private static final double MAX_TEXT_WIDTH = 0.96;
    private static final Size SOFTEN = new Size(3, 3);

    private final int blurCells;
    private final Mat lumaBand;
    private final Rect lumaBandArea;
    private final Rect chromaBandArea;
    private final Scalar neutral = new Scalar(NEUTRAL, NEUTRAL, NEUTRAL, 0);
    private final Mat cells = new Mat();

    FrameRedactor(int width, int height, int blurCells, String line) {
        this.blurCells = blurCells;
        int bandHeight = Math.min(height, Math.max(MIN_BAND_PIXELS, (int) Math.round(height * BAND_HEIGHT)));
        bandHeight += (height - bandHeight) % 2; // the band starts on an even row, where a chroma row starts
        this.lumaBandArea = new Rect(0, height - bandHeight, width, bandHeight);
        int chromaTop = (height - bandHeight) / 2;
        this.chromaBandArea = new Rect(0, chromaTop, (width + 1) / 2, (height + 1) / 2 - chromaTop);
        this.lumaBand = drawBand(width, bandHeight, line);
    }

    /** Blurs each box (relative to the frame) beyond recovery. */
    void blur(I420Picture picture, List<Box> boxes) {
        for (Box box : boxes) {
            // Even edges, so that the luma area and its chroma area (half the size) cover the same pixels.
            int left = even(Math.floor(box.x() * picture.width), picture.width);
            int top = even(Math.floor(box.y() * picture.height), picture.height);
            int right = even(Math.ceil(box.right() * picture.width) + 1, picture.width);
            int bottom = even(Math.ceil(box.bottom() * picture.height) + 1, picture.height);
            if (right - left >= 2 && bottom - top >= 2) {
                blurArea(picture.luma, left, top, right - left, bottom - top);
                int chromaRight = Math.min(picture.chromaWidth, right / 2);
                int chromaBottom = Math.min(picture.chromaHeight, bottom / 2);
                blurArea(picture.blueDifference, left / 2, top / 2, chromaRight - left / 2, chromaBottom - top / 2);
                blurArea(picture.redDifference, left / 2, top / 2, chromaRight - left / 2, chromaBottom - top / 2);
            }
        }
    }

    /** Puts the burned-in line over the bottom of the picture. */
    void burnIn(I420Picture picture) {
        try (Mat bottom = new Mat(picture.luma, lumaBandArea);
             Mat blue = new Mat(picture.blueDifference, chromaBandArea);
             Mat red = new Mat(picture.redDifference, chromaBandArea)) {
            lumaBand.copyTo(bottom);
            blue.put(neutral);
            red.put(neutral);
        }
    }

    private void blurArea(Mat plane, int left, int top, int areaWidth, int areaHeight) {
        if (areaWidth < 1 || areaHeight < 1) {
            return;
        }
        double cell = Math.max(1.0, (double) Math.min(areaWidth, areaHeight) / blurCells);
        int across = Math.max(1, (int) Math.round(areaWidth / cell));
        int down = Math.max(1, (int) Math.round(areaHeight / cell));
        try (Rect rect = new Rect(left, top, areaWidth, areaHeight);
             Mat area = new Mat(plane, rect);
             Size small = new Size(across, down);
             Size full = new Size(areaWidth, areaHeight)) {
            resize(area, cells, small, 0, 0, INTER_AREA);
            GaussianBlur(cells, cells, SOFTEN, 0);
            resize(cells, area, full, 0, 0, INTER_LINEAR);
        }
    }

    private static Mat drawBand(int width, int bandHeight, String line) {
        var band = new Mat(bandHeight, width, CV_8UC1, new Scalar(BLACK, BLACK, BLACK, 0));
        int thickness = Math.max(1, bandHeight / 16);
        int[] baseline = new int[1];
        double scale;
        try (Size unit = getTextSize(line, FONT_HERSHEY_SIMPLEX, 1.0, thickness, baseline)) {
            scale = Math.min(bandHeight * TEXT_HEIGHT_IN_BAND / unit.height(), width * MAX_TEXT_WIDTH / unit.width());
        }
        try (Size text = getTextSize(line, FONT_HERSHEY_SIMPLEX, scale, thickness, baseline);
             Point origin = new Point((width - text.width()) / 2, (bandHeight + text.height()) / 2);
             Scalar white = new Scalar(WHITE, WHITE, WHITE, 0)) {
            putText(band, line, origin, FONT_HERSHEY_SIMPLEX, scale, white, thickness, LINE_AA, false);
        }
        return band;
    }

    /** A pixel edge rounded down to an even number, within 0..limit. */
    private static int even(double edge, int limit) {
        int value = (int) edge & ~1;
        return Math.max(0, Math.min(limit & ~1, value));
    }

    @Override
    public void close() {
        lumaBand.close();
        lumaBandArea.close();
        chromaBandArea.close();
        neutral.close();
        cells.close();
    }
}
