package org.candour.disclosure.redaction;

/**
 * How the engine works, recorded in every redaction log.
 *
 * @param detectEveryNthFrame faces are looked for on every n-th frame only; tracks carry the boxes in between
 * @param detectionWidth      width in pixels of the grey copy faces are looked for on (never wider than the clip)
 * @param padding             each face box is grown by this fraction of its size on every side
 * @param minIou              least overlap (intersection over union) of a detection with a track's expected box for
 *                            the detection to continue that track
 * @param missesAllowed       detections a track may miss in a row before it ends
 * @param blurCells           a blurred box keeps no more detail than this many cells across its shorter side
 * @param preset              x264 preset of the disclosure copy
 * @param crf                 x264 constant rate factor (quality; lower is better)
 */
public record RedactionSettings(int detectEveryNthFrame, int detectionWidth, double padding, double minIou,
                                int missesAllowed, int blurCells, String preset, int crf) {

    public static final RedactionSettings DEFAULT = new RedactionSettings(6, 480, 0.25, 0.2, 2, 6, "veryfast", 23);

    public RedactionSettings {
        if (detectEveryNthFrame < 1 || detectionWidth < 64 || padding < 0 || minIou <= 0 || minIou > 1
                || missesAllowed < 0 || blurCells < 1 || blurCells > 32 || crf < 0 || crf > 51 || preset.isBlank()) {
            throw new IllegalArgumentException("Redaction settings out of range: detect every " + detectEveryNthFrame
                    + " frames (>= 1), detection width " + detectionWidth + " (>= 64), padding " + padding
                    + " (>= 0), least IoU " + minIou + " (0..1], misses " + missesAllowed + " (>= 0), blur cells "
                    + blurCells + " (1..32), crf " + crf + " (0..51), preset '" + preset + "'");
        }
    }

    public RedactionSettings detectingEvery(int frames) {
        return new RedactionSettings(frames, detectionWidth, padding, minIou, missesAllowed, blurCells, preset, crf);
    }

    public RedactionSettings detectingAtWidth(int width) {
        return new RedactionSettings(detectEveryNthFrame, width, padding, minIou, missesAllowed, blurCells, preset,
                crf);
    }

    public RedactionSettings encodingWith(String x264Preset) {
        return new RedactionSettings(detectEveryNthFrame, detectionWidth, padding, minIou, missesAllowed, blurCells,
                x264Preset, crf);
    }
}
