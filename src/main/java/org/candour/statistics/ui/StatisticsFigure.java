package org.candour.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.candour.shared.ui.ChartFigure;
import org.candour.shared.ui.DataTable;

/**
 * A chart as everyone can use it: a heading, the picture with a text alternative that says what it shows, PNG and
 * SVG downloads, and beside it the same figures as a table (withheld figures shown by their symbols).
 */
class StatisticsFigure extends Div {

    /** The PNG is rendered with the page; the SVG only when someone downloads it. */
    StatisticsFigure(EmbeddableChart chart, List<String> columns, List<List<String>> rows, ChartCatalogue charts) {
        addClassName("statistics-figure");
        String fileName = chart.fileName();
        byte[] png = charts.png(chart);
        var image = new Image(ChartFigure.download(png, fileName + ".png", "image/png"), chart.altText());
        image.addClassName("chart-image");
        var pngLink = new Anchor(ChartFigure.download(png, fileName + ".png", "image/png"),
                "Download this chart (PNG)");
        pngLink.setDownload(true);
        pngLink.addClassName("chart-download-png");
        var svgLink = new Anchor(ChartFigure.download(() -> charts.svg(chart), fileName + ".svg",
                "image/svg+xml"), "Download this chart (SVG)");
        svgLink.setDownload(true);
        svgLink.addClassName("chart-download-svg");
        var downloads = new Div(pngLink, svgLink);
        downloads.addClassName("chart-downloads");
        var picture = new Div(image, downloads, embed(chart, charts));
        picture.addClassName("statistics-figure-chart");
        var table = scrollableTable(DataTable.of(chart.title(), columns, rows), chart.title());
        var body = new Div(picture, table);
        body.addClassName("statistics-figure-body");
        add(new H2(chart.title()), body);
    }

    /** How to put this chart on another site: its lasting address, and HTML with the text alternative and source. */
    private static Component embed(EmbeddableChart chart, ChartCatalogue charts) {
        var code = new Pre(charts.embedSnippet(chart));
        code.addClassName("chart-embed-code");
        code.getElement().setAttribute("tabindex", "0");
        code.getElement().setAttribute("aria-label", "HTML to embed this chart");
        var details = new NativeDetails("Embed this chart", new Div(
                new Paragraph(new Span("This chart's address never changes: "),
                        new Anchor(ChartCatalogue.path(chart, "png"), "PNG"), new Span(" or "),
                        new Anchor(ChartCatalogue.path(chart, "svg"), "SVG"), new Span(".")),
                new Paragraph("Copy this HTML to show it on your site with its description and source:"), code));
        details.addClassName("chart-embed");
        return details;
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
