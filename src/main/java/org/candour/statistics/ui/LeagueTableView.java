package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.util.List;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.statistics.Level;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;

/**
 * Boroughs ranked by how quickly they answered requests received in the 12 months to a month (median days, then the
 * share answered in time; {@link LeagueTable}). Boroughs whose figures are withheld are listed after the ranked ones,
 * unranked.
 */
@Route(value = StatisticsPages.LEAGUE, layout = MainLayout.class)
@PageTitle("Response times league table - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class LeagueTableView extends Div {

    private final Div figure = new Div();
    private final ChartCatalogue charts;

    LeagueTableView(StatisticsReleases releases, ChartCatalogue charts) {
        this.charts = charts;
        addClassNames("page", "page-wide", "statistics-page");
        add(Page.heading("Response times league table"),
                Page.lead("London boroughs ranked by the median number of days taken to answer footage requests "
                        + "received over 12 months. The law allows one calendar month (Data Protection Act 2018, "
                        + "s.54). A borough is ranked once 10 or more of its requests in those 12 months were "
                        + "answered."),
                StatisticsPages.navigation());
        releases.latest().ifPresentOrElse(this::show, () -> add(StatisticsPages.noRelease()));
    }

    private void show(Release release) {
        List<YearMonth> months = release.months();
        YearMonth shown = latestRanked(release, months);
        var month = new NativeSelect<>("month", LeagueTable.Basis.of(release) == LeagueTable.Basis.TWELVE_MONTHS
                ? "Requests received in the 12 months to" : "Requests received in", months.reversed(),
                StatisticsPages::month, shown);
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
                .anyMatch(row -> row.cell(LeagueTable.Basis.of(release).median).isPublished())).findFirst()
                .orElse(months.getLast());
    }

    private void draw(Release release, YearMonth month) {
        var league = LeagueTable.of(release, month);
        figure.removeAll();
        figure.add(new StatisticsFigure(league.chart(release), league.columns(), league.table(), charts));
    }
}
