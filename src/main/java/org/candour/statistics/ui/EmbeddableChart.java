package org.candour.statistics.ui;

import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart of one release as anyone may embed it: its id within the release ({@code recordings-E09000022},
 * {@code league-2031-02}), its title, the text alternative that says what it shows, and how to draw it (the source
 * line included). A release never changes, so neither does the chart at its address.
 */
public record EmbeddableChart(int version, String id, String title, String altText, String source, int height,
                              Supplier<JFreeChart> drawing) {

    /** The name its rendered files are shared under, and downloaded as. */
    public String fileName() {
        return "candour-" + id + "-v" + version;
    }
}
