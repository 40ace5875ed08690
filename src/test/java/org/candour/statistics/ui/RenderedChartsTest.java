package org.candour.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class RenderedChartsTest {

    private final AtomicInteger built = new AtomicInteger();
    private final Supplier<JFreeChart> chart = () -> {
        built.incrementAndGet();
        return StatisticsCharts.lines("Recordings: Lambeth", "Recordings", List.of("Jan", "Feb"),
                Map.of("Lambeth", Arrays.asList(120.0, 130.0)));
    };

    @Test
    void aChartIsRenderedOnceAndSharedByName() {
        var charts = new RenderedCharts();
        byte[] png = charts.png("candour-recordings-E09000022-v1", 300, chart);
        assertThat(charts.png("candour-recordings-E09000022-v1", 300, chart)).isSameAs(png);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(new String(charts.svg("candour-recordings-E09000022-v1", 300, chart, "Line chart"),
                StandardCharsets.UTF_8))
                .contains("<svg");
        assertThat(built).hasValue(2);
    }

    @Test
    void onlyTheMostRecentlyUsedChartsAreKept() {
        var charts = new RenderedCharts();
        charts.png("first", 300, chart);
        for (int i = 0; i < 300; i++) {
            charts.png("other-" + i, 300, chart);
        }
        charts.png("first", 300, chart);
        assertThat(built).hasValue(302);
    }
}
