package org.candour.statistics.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.candour.shared.charts.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The statistics pages' charts, drawn with JFreeChart in the portal's plain style, as PNG and as SVG (JFreeSVG).
 * Withheld figures are gaps in a line, never zeros.
 */
final class StatisticsCharts {

    static final int WIDTH = 760;
    static final int HEIGHT = 380;

    /** Okabe-Ito colours and distinct dash patterns, so series differ by more than colour. */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7)};
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {12f, 4f, 2f, 4f}};

    private StatisticsCharts() {
    }

    /** One line per series over the months (category labels), values null where withheld. */
    static JFreeChart lines(String title, String valueAxis, List<String> months,
                            Map<String, List<@Nullable Double>> series) {
        var data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < months.size(); i++) {
                data.addValue(values.get(i), name, months.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, "Month", valueAxis, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        Charts.styleCategoryChart(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(months.size() > 8 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        var renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
            float[] dash = DASHES[i % DASHES.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        return chart;
    }

    /** Horizontal bars, one per area. */
    static JFreeChart bars(String title, String valueAxis, Map<String, Double> values) {
        var data = new DefaultCategoryDataset();
        values.forEach((name, value) -> data.addValue(value, valueAxis, name));
        return Charts.bars(title, "Borough", valueAxis, data, true);
    }

    static byte[] png(JFreeChart chart, int height) {
        return Charts.png(chart, WIDTH, height);
    }

    /** The chart with its source line under the plot, so the picture says where it comes from wherever it goes. */
    static JFreeChart withSource(JFreeChart chart, String source) {
        var line = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        line.setPosition(RectangleEdge.BOTTOM);
        line.setHorizontalAlignment(HorizontalAlignment.LEFT);
        line.setPaint(new Color(0x505A5F));
        line.setPadding(8, 4, 4, 4);
        chart.addSubtitle(line);
        return chart;
    }

    /**
     * The SVG document with the text alternative as its {@code <title>} and {@code role="img"}, so a screen reader
     * announces the chart where the SVG is embedded on its own.
     */
    static String svg(JFreeChart chart, int height, String altText) {
        var graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        String document = graphics.getSVGDocument();
        int svg = document.indexOf("<svg");
        int startTagEnd = document.indexOf('>', svg);
        return document.substring(0, svg) + "<svg role=\"img\"" + document.substring(svg + 4, startTagEnd + 1)
                + "<title>" + HtmlUtils.htmlEscape(altText) + "</title>" + document.substring(startTagEnd + 1);
    }
}
