package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;
import org.candour.statistics.StatisticsRow;

/**
 * Boroughs ranked by how quickly they answered requests received in a month (median days, then the share answered
 * in time). Boroughs whose figures are withheld are listed after the ranked ones, unranked.
 */
@Route(value = StatisticsPages.LEAGUE, layout = MainLayout.class)
@PageTitle("Response times league table - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class LeagueTableView extends Div {

    private final Div figure = new Div();
    private final RenderedCharts charts;

    LeagueTableView(StatisticsReleases releases, RenderedCharts charts) {
        this.charts = charts;
        addClassNames("page", "page-wide", "statistics-page");
        add(Page.heading("Response times league table"),
                Page.lead("London boroughs ranked by the median number of days taken to answer footage requests. "
                        + "The law allows one calendar month (Data Protection Act 2018, s.54)."),
                StatisticsPages.navigation());
        releases.latest().ifPresentOrElse(this::show, () -> add(StatisticsPages.noRelease()));
    }

    private void show(Release release) {
        List<YearMonth> months = release.months();
        YearMonth shown = latestRanked(release, months);
        var month = new NativeSelect<>("month", "Requests received in", months.reversed(), StatisticsPages::month,
                shown);
        StatisticsPages.onChoice(() -> draw(release, month.getValue()), month);
        add(StatisticsPages.releaseLine(release), month, figure);
        draw(release, shown);
    }

    /**
     * The latest month in which some borough is ranked: the newest months' requests are mostly not answered yet,
     * so opening on them would show a table where no borough is ranked.
     */
    private static YearMonth latestRanked(Release release, List<YearMonth> months) {
        return months.reversed().stream().filter(m -> release.rows(Level.BOROUGH, m).stream()
                .anyMatch(row -> row.cell(Measure.MEDIAN_DAYS_TO_ANSWER).isPublished())).findFirst()
                .orElse(months.getLast());
    }

    private void draw(Release release, YearMonth month) {
        Measure median = Measure.MEDIAN_DAYS_TO_ANSWER;
        Measure inTime = Measure.ANSWERED_IN_TIME_SHARE;
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
            table.add(List.of(value == null ? "Not ranked" : Integer.toString(++rank), row.name(),
                    row.cell(median).display(median), row.cell(inTime).display(inTime),
                    row.cell(Measure.REQUESTS_RECEIVED).display(Measure.REQUESTS_RECEIVED)));
        }
        String heading = "Median days to answer, requests received in " + StatisticsPages.month(month);
        String alt = bars.isEmpty() ? "Bar chart with no bars: no borough had 10 or more answered requests from "
                + StatisticsPages.month(month) + ", so no median is published."
                : "Bar chart of the median days to answer by borough, fastest first: " + bars.entrySet().stream()
                .limit(5).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + (bars.size() > 5 ? ", and " + (bars.size() - 5) + " more" : "") + ". "
                + (rows.size() - bars.size()) + " boroughs are not ranked because fewer than 10 of their requests "
                + "were answered. The table gives every figure.";
        int height = Math.max(220, 60 + 22 * bars.size());
        figure.removeAll();
        figure.add(new StatisticsFigure(heading, alt, "candour-league-" + month + "-v" + release.version(),
                () -> StatisticsCharts.bars(heading, "Median days", bars), height, List.of("Rank", "Borough",
                median.label(), inTime.label(), Measure.REQUESTS_RECEIVED.label()), table, charts));
    }
}
