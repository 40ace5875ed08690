package org.candour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A chart as people need it: a heading, the picture with a text alternative that states what it shows, a PNG
 * download, and the same numbers as a table for those who cannot see the picture.
 */
public class ChartFigure extends Div {

    public ChartFigure(String heading, String altText, String fileName, byte[] png, List<String> columns,
                       List<List<String>> rows) {
        addClassName("chart-figure");
        var image = new Image(pngDownload(png, fileName), altText);
        image.addClassName("chart-image");
        var download = new Anchor(pngDownload(png, fileName), "Download this chart (PNG)");
        download.setDownload(true);
        add(new H2(heading), image, download, DataTable.of(heading, columns, rows));
    }

    private static DownloadHandler pngDownload(byte[] png, String fileName) {
        return DownloadHandler.fromInputStream(
                event -> new DownloadResponse(new ByteArrayInputStream(png), fileName, "image/png", png.length));
    }
}
