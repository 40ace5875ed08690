package org.candour.requests.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first pages of a PDF rendered to PNG with PDFBox, on the server, so the browser shows pictures only and never
 * opens the requester's PDF itself (no plugin, no framing, nothing kept by the browser's PDF viewer).
 */
final class PdfPages {

    /** Sharp enough to read a passport or a bill on screen. */
    private static final float DPI = 110;

    record Rendered(List<byte[]> pages, int pageCount) {
    }

    /** A PDF that PDFBox cannot read: damaged, encrypted, or not really a PDF behind its signature. */
    static final class UnreadablePdfException extends Exception {
        UnreadablePdfException(Throwable cause) {
            super(cause);
        }
    }

    private PdfPages() {
    }

    static Rendered render(byte[] pdf, int mostPages) throws UnreadablePdfException {
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            int pageCount = document.getNumberOfPages();
            var pages = new ArrayList<byte[]>();
            for (int page = 0; page < Math.min(pageCount, mostPages); page++) {
                pages.add(png(renderer.renderImageWithDPI(page, DPI, ImageType.RGB)));
            }
            return new Rendered(pages, pageCount);
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadablePdfException(unreadable);
        }
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
