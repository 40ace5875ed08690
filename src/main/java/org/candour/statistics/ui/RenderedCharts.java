package org.candour.statistics.ui;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

/**
 * Charts rendered once and shared by every visitor: a chart's file name carries the release version and what it
 * shows, and a release never changes, so neither does its picture. Without this each first view of a page rendered
 * its charts again (tens of milliseconds each) and each session held its own copies. The most recently used
 * {@value #KEPT} files are kept. Rendering happens outside the lock; two visitors asking for the same new chart at
 * once may both render it, which is harmless.
 */
@Component
class RenderedCharts {

    private static final int KEPT = 300;

    private final Map<String, byte[]> files = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    byte[] png(String fileName, int height, Supplier<JFreeChart> chart) {
        return file(fileName + ".png", () -> StatisticsCharts.png(chart.get(), height));
    }

    byte[] svg(String fileName, int height, Supplier<JFreeChart> chart, String altText) {
        return file(fileName + ".svg",
                () -> StatisticsCharts.svg(chart.get(), height, altText).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] file(String name, Supplier<byte[]> render) {
        synchronized (files) {
            byte[] kept = files.get(name);
            if (kept != null) {
                return kept;
            }
        }
        byte[] rendered = render.get();
        synchronized (files) {
            files.put(name, rendered);
        }
        return rendered;
    }
}
