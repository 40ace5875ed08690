package org.candour.shared.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/**
 * JFreeChart charts in the portal's plain style: white background, dark text, colour-blind-safe blues and
 * oranges with enough contrast, no 3D or gradients. Rendered to PNG on the server.
 */
public final class Charts {

    /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Charts() {
    }

    public static JFreeChart bars(String title, String categoryAxis, String valueAxis, CategoryDataset data,
                                  boolean horizontal) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, data.getRowCount() > 1,
                false, false);
        style(chart);
        return chart;
    }

    /** Ticks on whole numbers only, for counts: 0.2 of a request means nothing. */
    public static void wholeNumbers(JFreeChart chart) {
        var axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try (var out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(JFreeChart chart) {
        styleCategoryChart(chart);
        var renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
    }

    /** The portal's look for any category chart: white, readable fonts, light grid lines, no outline. */
    public static void styleCategoryChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TEXT.deriveFont(Font.BOLD, 16f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TEXT);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xB1B4B6));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getDomainAxis().setLabelFont(TEXT);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setLabelFont(TEXT);
    }
}
