package org.candour.disclosure.redaction.engine;

import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.candour.disclosure.redaction.Box;

/**
 * Finds frontal faces on a small grey picture with OpenCV's Haar cascade (the one shipped in the OpenCV jar). Its
 * native buffers are kept from frame to frame; one detector serves one thread.
 */
public final class FaceDetector implements AutoCloseable {

    public static final String DESCRIPTION = "OpenCV 4.10 Haar cascade haarcascade_frontalface_default (scale step "
            + FaceDetector.SCALE_STEP + ", " + FaceDetector.MIN_NEIGHBOURS + " neighbours, faces from "
            + FaceDetector.MIN_FACE_PIXELS + " px on the grey copy)";

    private static final String CASCADE =
            "org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    /** 1.2 rather than OpenCV's 1.1: half the scales to search, and faces still found at every size in between. */
    private static final double SCALE_STEP = 1.2;
    private static final int MIN_NEIGHBOURS = 5;
    private static final int MIN_FACE_PIXELS = 24;

    private final CascadeClassifier cascade;
    private final Mat equalised = new Mat();
    private final RectVector found = new RectVector();
    private final Size minSize = new Size(MIN_FACE_PIXELS, MIN_FACE_PIXELS);
    private final Size maxSize = new Size();

    public FaceDetector() {
        cascade = new CascadeClassifier(cascadeFile().getAbsolutePath());
        if (cascade.empty()) {
            cascade.close();
            throw new IllegalStateException("OpenCV could not load the face cascade " + CASCADE);
        }
    }

    /** Faces on a grey picture, as boxes relative to that picture. */
    public List<Box> detect(Mat grey) {
        equalizeHist(grey, equalised);
        cascade.detectMultiScale(equalised, found, SCALE_STEP, MIN_NEIGHBOURS, 0, minSize, maxSize);
        double width = grey.cols();
        double height = grey.rows();
        var boxes = new ArrayList<Box>((int) found.size());
        for (long i = 0; i < found.size(); i++) {
            try (Rect face = found.get(i)) {
                boxes.add(new Box(face.x() / width, face.y() / height, face.width() / width,
                        face.height() / height));
            }
        }
        return boxes;
    }

    private static File cascadeFile() {
        return ExtractedCascade.FILE;
    }

    /** The cascade copied out of the jar once per JVM (OpenCV reads it from a file). */
    private static final class ExtractedCascade {

        private static final File FILE = extract();

        private static File extract() {
            try {
                File file = Loader.extractResource(Loader.class.getClassLoader().getResource(CASCADE), null,
                        "candour-face", ".xml");
                file.deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot extract the face cascade " + CASCADE, e);
            }
        }
    }

    @Override
    public void close() {
        cascade.close();
        equalised.close();
        found.close();
        minSize.close();
        maxSize.close();
    }
}
