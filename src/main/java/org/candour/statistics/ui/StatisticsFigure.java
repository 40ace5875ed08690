package org.candour.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.Component;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.candour.shared.ui.ChartFigure;
import org.candour.shared.ui.DataTable;
import org.jfree.chart.JFreeChart;

/**
 * A chart as everyone can use it: a heading, the picture with a text alternative that says what it shows, PNG and
 * SVG downloads, and beside it the same figures as a table (withheld figures shown by their symbols).
 */
class StatisticsFigure extends Div {

    StatisticsFigure(String heading, String altText, String fileName, JFreeChart chart, int height,
                     List<String> columns, List<List<String>> rows) {
        addClassName("statistics-figure");
        byte[] png = StatisticsCharts.png(chart, height);
        byte[] svg = StatisticsCharts.svg(chart, height).getBytes(StandardCharsets.UTF_8);
        var image = new Image(ChartFigure.download(png, fileName + ".png", "image/png"), altText);
        image.addClassName("chart-image");
        var pngLink = new Anchor(ChartFigure.download(png, fileName + ".png", "image/png"),
                "Download this chart (PNG)");
        pngLink.setDownload(true);
        pngLink.addClassName("chart-download-png");
        var svgLink = new Anchor(ChartFigure.download(svg, fileName + ".svg", "image/svg+xml"),
                "Download this chart (SVG)");
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
