package org.candour.statistics.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsRow;

/**
 * One month's league table: boroughs ranked by median days to answer, then the share answered in time; boroughs
 * whose median is withheld come after, unranked. Its chart and its table are built together.
 */
record LeagueTable(YearMonth month, List<List<String>> table, Map<String, Double> bars, int unranked) {

    static final Measure MEDIAN = Measure.MEDIAN_DAYS_TO_ANSWER;
    static final Measure IN_TIME = Measure.ANSWERED_IN_TIME_SHARE;

    static LeagueTable of(Release release, YearMonth month) {
        List<StatisticsRow> rows = new ArrayList<>(release.rows(Level.BOROUGH, month));
        rows.sort(Comparator.comparing((StatisticsRow r) -> r.cell(MEDIAN).value() == null)
                .thenComparing(r -> r.cell(MEDIAN).value() == null ? 0 : r.cell(MEDIAN).value())
                .thenComparing(r -> -(r.cell(IN_TIME).value() == null ? -1 : r.cell(IN_TIME).value()))
                .thenComparing(StatisticsRow::name));
        var table = new ArrayList<List<String>>();
        var bars = new LinkedHashMap<String, Double>();
        int rank = 0;
        for (StatisticsRow row : rows) {
            Double value = row.cell(MEDIAN).value();
            if (value != null) {
                bars.put(row.name(), value);
            }
            table.add(List.of(value == null ? "Not ranked" : Integer.toString(++rank), row.name(),
                    row.cell(MEDIAN).display(MEDIAN), row.cell(IN_TIME).display(IN_TIME),
                    row.cell(Measure.REQUESTS_RECEIVED).display(Measure.REQUESTS_RECEIVED)));
        }
        return new LeagueTable(month, table, bars, rows.size() - bars.size());
    }

    static List<String> columns() {
        return List.of("Rank", "Borough", MEDIAN.label(), IN_TIME.label(), Measure.REQUESTS_RECEIVED.label());
    }

    String heading() {
        return "Median days to answer, requests received in " + StatisticsPages.month(month);
    }

    EmbeddableChart chart(Release release) {
        String heading = heading();
        String source = ChartCatalogue.sourceLine(release);
        return new EmbeddableChart(release.version(), "league-" + month, heading, altText(),  source,
                Math.max(240, 80 + 22 * bars.size()), () -> StatisticsCharts.withSource(
                StatisticsCharts.bars(heading, "Median days", bars), source));
    }

    String altText() {
        return bars.isEmpty() ? "Bar chart with no bars: no borough had 10 or more answered requests from "
                + StatisticsPages.month(month) + ", so no median is published."
                : "Bar chart of the median days to answer by borough, fastest first: " + bars.entrySet().stream()
                .limit(5).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + (bars.size() > 5 ? ", and " + (bars.size() - 5) + " more" : "") + ". "
                + unranked + " boroughs are not ranked because fewer than 10 of their requests "
                + "were answered. The table gives every figure.";
    }
}
