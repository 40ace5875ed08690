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
 * The league table of a month: boroughs ranked by median days to answer, then the share answered in time, over the
 * requests received in the 12 months to that month; boroughs whose median is withheld (fewer than 10 answers in those
 * 12 months, disclosure control) come after, unranked. Twelve months, not one: a borough's month is mostly fewer than
 * 10 answers, so a monthly league would rank almost nobody, and a year smooths out the seasons (a statistics decision,
 * stated on the methodology page). Releases published before the 12-month measures existed keep their monthly league,
 * so their tables and embedded charts never change. Its chart and its table are built together.
 */
record LeagueTable(YearMonth month, Basis basis, List<List<String>> table, Map<String, Double> bars, int unranked) {

    /** What the table ranks on. */
    enum Basis {
        TWELVE_MONTHS(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS, Measure.ANSWERED_IN_TIME_SHARE_12_MONTHS),
        ONE_MONTH(Measure.MEDIAN_DAYS_TO_ANSWER, Measure.ANSWERED_IN_TIME_SHARE);

        final Measure median;
        final Measure inTime;

        Basis(Measure median, Measure inTime) {
            this.median = median;
            this.inTime = inTime;
        }

        static Basis of(Release release) {
            return release.rows().stream().findFirst().filter(row -> row.cells()
                    .containsKey(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS)).map(row -> TWELVE_MONTHS).orElse(ONE_MONTH);
        }
    }

    static LeagueTable of(Release release, YearMonth month) {
        var basis = Basis.of(release);
        Measure median = basis.median;
        Measure inTime = basis.inTime;
        List<StatisticsRow> rows = new ArrayList<>(release.rows(Level.BOROUGH, month));
        rows.sort(Comparator.comparing((StatisticsRow r) -> r.cell(median).value() == null)
                .thenComparing(r -> r.cell(median).value() == null ? 0 : r.cell(median).value())
                .thenComparing(r -> -(r.cell(inTime).value() == null ? -1 : r.cell(inTime).value()))
                .thenComparing(StatisticsRow::name));
        var table = new ArrayList<List<String>>();
        var bars = new LinkedHashMap<String, Double>();
        int rank = 0;
        for (StatisticsRow row : rows) {
            Double value = row.cell(median).value();
            if (value != null) {
                bars.put(row.name(), value);
            }
            var line = new ArrayList<>(List.of(value == null ? "Not ranked" : Integer.toString(++rank), row.name(),
                    row.cell(median).display(median), row.cell(inTime).display(inTime)));
            if (basis == Basis.ONE_MONTH) {
                line.add(row.cell(Measure.REQUESTS_RECEIVED).display(Measure.REQUESTS_RECEIVED));
            }
            table.add(List.copyOf(line));
        }
        return new LeagueTable(month, basis, table, bars, rows.size() - bars.size());
    }

    List<String> columns() {
        return basis == Basis.TWELVE_MONTHS ? List.of("Rank", "Borough", "Median days to answer",
                "Answered in time (%)")
                : List.of("Rank", "Borough", basis.median.label(), basis.inTime.label(),
                Measure.REQUESTS_RECEIVED.label());
    }

    String heading() {
        return basis == Basis.TWELVE_MONTHS
                ? "Median days to answer, requests received in the 12 months to " + StatisticsPages.month(month)
                + " (" + StatisticsPages.month(month.minusMonths(11)) + " to " + StatisticsPages.month(month) + ")"
                : "Median days to answer, requests received in " + StatisticsPages.month(month);
    }

    EmbeddableChart chart(Release release) {
        String heading = heading();
        String source = ChartCatalogue.sourceLine(release);
        return new EmbeddableChart(release.version(), "league-" + month, heading, altText(),  source,
                Math.max(240, 80 + 22 * bars.size()), () -> StatisticsCharts.withSource(
                StatisticsCharts.bars(heading, "Median days", bars), source));
    }

    String altText() {
        String period = basis == Basis.TWELVE_MONTHS ? "in the 12 months to " + StatisticsPages.month(month)
                : "from " + StatisticsPages.month(month);
        return bars.isEmpty() ? "Bar chart with no bars: no borough had 10 or more answered requests " + period
                + ", so no median is published."
                : "Bar chart of the median days to answer by borough, fastest first: " + bars.entrySet().stream()
                .limit(5).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + (bars.size() > 5 ? ", and " + (bars.size() - 5) + " more" : "") + ". "
                + unranked + " boroughs are not ranked because fewer than 10 of their requests "
                + "were answered. The table gives every figure.";
    }
}
