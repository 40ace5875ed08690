package org.candour.disclosure.redaction;

/**
 * A rectangle on the picture in coordinates relative to the frame: 0 is the left or top edge, 1 the right or bottom
 * edge, so a box means the same at every resolution of the clip.
 */
public record Box(double x, double y, double width, double height) {

    private static final double EDGE_TOLERANCE = 1e-9;

    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("A box needs finite coordinates, not " + x + ", " + y + ", " + width
                    + ", " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double area() {
        return Math.max(0, width) * Math.max(0, height);
    }

    /** Whether the box has a size and lies wholly inside the frame. */
    public boolean isInsideFrame() {
        return width > 0 && height > 0 && x >= -EDGE_TOLERANCE && y >= -EDGE_TOLERANCE
                && right() <= 1 + EDGE_TOLERANCE && bottom() <= 1 + EDGE_TOLERANCE;
    }

    /** Intersection over union: 0 for boxes apart, 1 for the same box. */
    public double iou(Box other) {
        double overlapWidth = Math.min(right(), other.right()) - Math.max(x, other.x);
        double overlapHeight = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        if (overlapWidth <= 0 || overlapHeight <= 0) {
            return 0;
        }
        double overlap = overlapWidth * overlapHeight;
        return overlap / (area() + other.area() - overlap);
    }

    /** This box grown by {@code fraction} of its width and height on every side, then cut to the frame. */
    public Box padded(double fraction) {
        return new Box(x - width * fraction, y - height * fraction, width * (1 + 2 * fraction),
                height * (1 + 2 * fraction)).clampedToFrame();
    }

    public Box clampedToFrame() {
        double left = clamp(x);
        double top = clamp(y);
        return new Box(left, top, clamp(right()) - left, clamp(bottom()) - top);
    }

    /** The box a fraction {@code t} of the way from this one to {@code other} (0 is this box, 1 the other). */
    public Box towards(Box other, double t) {
        return new Box(x + (other.x - x) * t, y + (other.y - y) * t, width + (other.width - width) * t,
                height + (other.height - height) * t);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
