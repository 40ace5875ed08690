package org.candour.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Supplier;
import org.candour.shared.ui.ChartFigure;
import org.candour.shared.ui.DataTable;
import org.jfree.chart.JFreeChart;

/**
 * A chart as everyone can use it: a heading, the picture with a text alternative that says what it shows, PNG and
 * SVG downloads, and beside it the same figures as a table (withheld figures shown by their symbols).
 */
class StatisticsFigure extends Div {

    /**
     * {@code fileName} must name what the chart shows in its release (the version included): the rendered files
     * are shared by that name. The SVG is only rendered when someone downloads it.
     */
    StatisticsFigure(String heading, String altText, String fileName, Supplier<JFreeChart> chart, int height,
                     List<String> columns, List<List<String>> rows, RenderedCharts charts) {
        addClassName("statistics-figure");
        byte[] png = charts.png(fileName, height, chart);
        var image = new Image(ChartFigure.download(png, fileName + ".png", "image/png"), altText);
        image.addClassName("chart-image");
        var pngLink = new Anchor(ChartFigure.download(png, fileName + ".png", "image/png"),
                "Download this chart (PNG)");
        pngLink.setDownload(true);
        pngLink.addClassName("chart-download-png");
        var svgLink = new Anchor(ChartFigure.download(() -> charts.svg(fileName, height, chart), fileName + ".svg",
                "image/svg+xml"), "Download this chart (SVG)");
        svgLink.setDownload(true);
        svgLink.addClassName("chart-download-svg");
        var downloads = new Div(pngLink, svgLink);
        downloads.addClassName("chart-downloads");
        var picture = new Div(image, downloads);
        picture.addClassName("statistics-figure-chart");
        var table = scrollableTable(DataTable.of(heading, columns, rows), heading);
        var body = new Div(picture, table);
        body.addClassName("statistics-figure-body");
        add(new H2(heading), body);
    }

    /** A table in a scrolling box that keyboard users can reach and scroll (WCAG 2.1.1). */
    static Div scrollableTable(Component table, String label) {
        var box = new Div(table);
        box.addClassName("statistics-figure-table");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", "Table: " + label);
        return box;
    }
}
