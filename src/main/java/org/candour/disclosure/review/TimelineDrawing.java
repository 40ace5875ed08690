package org.candour.disclosure.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.candour.disclosure.redaction.Box;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.ManualBox;
import org.candour.disclosure.redaction.RedactionPlan;

/**
 * Draws the plan on a timeline picture: face tracks to blur in solid red, tracks kept clear in dashed green, manual
 * boxes in solid blue, each numbered as in the lists beside the strip; and says the same in words for the picture's
 * text alternative.
 */
final class TimelineDrawing {

    private static final Color BLURRED = new Color(0xd4, 0x35, 0x1c);
    private static final Color CLEAR = new Color(0x00, 0x70, 0x3c);
    private static final Color MANUAL = new Color(0x1d, 0x70, 0xb8);

    private TimelineDrawing() {
    }

    static Thumbnail draw(TimelineFrames.Still still, RedactionPlan plan) {
        var source = still.image();
        var picture = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        var said = new ArrayList<String>();
        for (FaceTrack track : plan.tracks()) {
            var box = track.boxAt(still.at());
            if (box.isPresent()) {
                boolean clear = plan.keptClear().contains(track.id());
                outline(g, box.get(), picture, clear ? CLEAR : BLURRED, clear, "F" + track.id());
                said.add("face " + track.id() + (clear ? " kept clear" : " blurred"));
            }
        }
        List<ManualBox> manual = plan.manualBoxes();
        for (int i = 0; i < manual.size(); i++) {
            if (manual.get(i).during().contains(still.at())) {
                outline(g, manual.get(i).box(), picture, MANUAL, false, "M" + (i + 1));
                said.add("manual box " + (i + 1) + " blurred");
            }
        }
        g.dispose();
        String description = "Frame at " + ClipTimes.format(still.at()) + ": " + (said.isEmpty() ? "nothing boxed"
                : String.join(", ", said));
        return new Thumbnail(still.at(), png(picture), description);
    }

    private static void outline(Graphics2D g, Box box, BufferedImage picture, Color colour, boolean dashed,
                                String label) {
        int x = (int) Math.round(box.x() * picture.getWidth());
        int y = (int) Math.round(box.y() * picture.getHeight());
        int w = Math.max(2, (int) Math.round(box.width() * picture.getWidth()));
        int h = Math.max(2, (int) Math.round(box.height() * picture.getHeight()));
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f) : new BasicStroke(2f));
        g.drawRect(x, y, w, h);
        int labelWidth = g.getFontMetrics().stringWidth(label) + 4;
        g.fillRect(x, Math.max(0, y - 13), labelWidth, 13);
        g.setColor(Color.WHITE);
        g.drawString(label, x + 2, Math.max(11, y - 2));
    }

    private static byte[] png(BufferedImage picture) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
