package org.candour.statistics.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.jspecify.annotations.Nullable;

/** Time series of areas for one measure: the chart, its text alternative and its table, built together. */
final class Series {

    record Area(Level level, String code, String name) {
    }

    private Series() {
    }

    static StatisticsFigure figure(Release release, Measure measure, List<Area> areas, String fileTag,
                                   ChartCatalogue charts) {
        List<YearMonth> months = release.months();
        var columns = new ArrayList<String>();
        columns.add("Month");
        areas.forEach(area -> columns.add(area.name()));
        var rows = new ArrayList<List<String>>();
        for (YearMonth month : months) {
            var row = new ArrayList<String>();
            row.add(StatisticsPages.month(month));
            for (Area area : areas) {
                row.add(release.row(area.level(), area.code(), month).orElseThrow().cell(measure).display(measure));
            }
            rows.add(row);
        }
        return new StatisticsFigure(chart(release, measure, areas, fileTag), columns, rows, charts);
    }

    /** The line chart of the areas' measure over the release's months; {@code tag} names the areas in its id. */
    static EmbeddableChart chart(Release release, Measure measure, List<Area> areas, String tag) {
        List<YearMonth> months = release.months();
        Map<String, List<@Nullable Double>> lines = new LinkedHashMap<>();
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        for (Area area : areas) {
            List<Cell> series = months.stream().map(m -> release.row(area.level(), area.code(), m).orElseThrow()
                    .cell(measure)).toList();
            cells.put(area.name(), series);
            List<@Nullable Double> values = new ArrayList<>();
            series.forEach(c -> values.add(c.value()));
            lines.put(area.name(), values);
        }
        List<String> labels = months.stream().map(StatisticsPages::shortMonth).toList();
        String heading = measure.label() + ": " + String.join(" and ", lines.keySet());
        String source = ChartCatalogue.sourceLine(release);
        return new EmbeddableChart(release.version(), measure.key() + "-" + tag, heading,
                altText(measure, months, cells), source, StatisticsCharts.HEIGHT,
                () -> StatisticsCharts.withSource(StatisticsCharts.lines(heading, measure.label(), labels, lines),
                        source));
    }

    /** Says what the chart shows in words: the span, and for each area its latest, highest and withheld months. */
    static String altText(Measure measure, List<YearMonth> months, Map<String, List<Cell>> cells) {
        String span = StatisticsPages.month(months.getFirst()) + " to " + StatisticsPages.month(months.getLast());
        String perArea = cells.entrySet().stream().map(entry -> {
            List<Cell> series = entry.getValue();
            long withheld = series.stream().filter(c -> !c.isPublished()).count();
            var latest = series.getLast();
            var highest = new StringBuilder();
            double max = -1;
            for (int i = 0; i < series.size(); i++) {
                Double v = series.get(i).value();
                if (v != null && v > max) {
                    max = v;
                    highest.setLength(0);
                    highest.append(series.get(i).display(measure)).append(" in ")
                            .append(StatisticsPages.month(months.get(i)));
                }
            }
            return entry.getKey() + ": latest " + latest.display(measure)
                    + (max >= 0 ? ", highest " + highest : "") + (withheld > 0 ? ", " + withheld
                    + " of " + series.size() + " months withheld" : "");
        }).collect(Collectors.joining("; "));
        return "Line chart of " + measure.label().toLowerCase(Locale.UK) + " by month, " + span + ". "
                + perArea + ". The table beside the chart gives every figure.";
    }
}
