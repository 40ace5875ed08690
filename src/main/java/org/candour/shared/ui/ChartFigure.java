package org.candour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A chart as people need it: a heading, the picture with a text alternative that states what it shows, a PNG
 * download, and the same numbers as a table for those who cannot see the picture.
 */
public class ChartFigure extends Div {

    public ChartFigure(String heading, String altText, String fileName, byte[] png, List<String> columns,
                       List<List<String>> rows) {
        addClassName("chart-figure");
        var image = new Image(download(png, fileName, "image/png"), altText);
        image.addClassName("chart-image");
        var download = new Anchor(download(png, fileName, "image/png"), "Download this chart (PNG)");
        download.setDownload(true);
        add(new H2(heading), image, download, DataTable.of(heading, columns, rows));
    }

    /** Serves bytes made once (a rendered chart) as a file, to show as an image or to download. */
    public static DownloadHandler download(byte[] bytes, String fileName, String type) {
        return download(() -> bytes, fileName, type);
    }

    /** Serves bytes made when the file is first asked for (a chart only some people download). */
    public static DownloadHandler download(Supplier<byte[]> bytes, String fileName, String type) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] file = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(file), fileName, type, file.length);
        });
    }
}
