package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.candour.shared.ui.DataTable;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.ReadOnlyPage;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;
import org.candour.statistics.StatisticsRow;

/**
 * The public statistics overview: the latest release on a squared tile map of London, coloured by the chosen
 * measure and month, with its legend and the same figures as a table. Until the first release exists the page
 * says so plainly rather than showing live, unprotected counts.
 */
@Route(value = StatisticsPages.OVERVIEW, layout = MainLayout.class)
@PageTitle("Statistics - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class StatisticsView extends Div implements BeforeEnterObserver, ReadOnlyPage {

    static final String MEASURE = "measure";
    static final String MONTH = "month";

    private final StatisticsReleases releases;
    private final Div content = new Div();
    private final Div figure = new Div();

    StatisticsView(StatisticsReleases releases) {
        this.releases = releases;
        addClassNames("page", "page-wide", "statistics-page");
        add(Page.heading("Body-worn video statistics"),
                Page.lead("How body-worn video is used in each London borough, and how requests for footage are "
                        + "answered."), StatisticsPages.navigation(), content);
    }

    /** The measure and month come from the address, so a reload (after the session ended) shows the same. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        var parameters = event.getLocation().getQueryParameters();
        releases.latest().ifPresentOrElse(release -> show(release, parameters), () -> content.add(
                StatisticsPages.noRelease(),
                Page.body("Statistics are published as releases: each is calculated once, checked so that no count "
                        + "can identify a person, and then frozen with a version number and a publication date. "
                        + "Counts from 1 to 9 are shown as \"<10\".")));
    }

    private void show(Release release, QueryParameters parameters) {
        List<YearMonth> months = release.months();
        Measure chosenMeasure = chosen(parameters, MEASURE, Measure.MONTHLY, Measure::key)
                .orElse(Measure.RECORDINGS);
        YearMonth chosenMonth = chosen(parameters, MONTH, months, YearMonth::toString).orElse(months.getLast());
        var measure = StatisticsPages.measureSelect(chosenMeasure);
        var month = new NativeSelect<>("month", "Month", months.reversed(), StatisticsPages::month, chosenMonth);
        StatisticsPages.onChoice(() -> {
            draw(release, measure.getValue(), month.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address(measure.getValue(),
                    month.getValue())));
        }, measure, month);
        var choices = new Div(measure, month);
        choices.addClassName("statistics-choices");
        content.add(StatisticsPages.releaseLine(release), choices, figure, StatisticsPages.openData(release));
        draw(release, chosenMeasure, chosenMonth);
    }

    /** The overview's address with these choices, e.g. {@code statistics?measure=hours_recorded&month=2026-10}. */
    static Location address(Measure measure, YearMonth month) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(MEASURE, measure.key());
        parameters.put(MONTH, month.toString());
        return new Location(StatisticsPages.OVERVIEW, QueryParameters.simple(parameters));
    }

    /** The item named by the parameter, if it names one; anything else (missing, unknown, repeated) is ignored. */
    private static <T> Optional<T> chosen(QueryParameters parameters, String name, List<T> items,
                                          Function<T, String> names) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        if (values.size() != 1) {
            return Optional.empty();
        }
        return items.stream().filter(item -> names.apply(item).equals(values.getFirst())).findFirst();
    }

    private void draw(Release release, Measure measure, YearMonth month) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<StatisticsRow> rows = release.rows(Level.BOROUGH, month);
        rows.forEach(row -> cells.put(row.code(), row.cell(measure)));
        String caption = measure.label() + " by borough, " + StatisticsPages.month(month);
        var london = release.row(Level.LONDON, Level.LONDON_CODE, month).orElseThrow().cell(measure);
        var table = DataTable.of(caption, List.of("Borough", "BCU", measure.label()), rows.stream()
                .map(row -> List.of(row.name(), String.valueOf(row.bcu()), row.cell(measure).display(measure)))
                .toList());
        table.setId("overview-table");
        var tableBox = StatisticsFigure.scrollableTable(table, caption);
        var body = new Div(TileMap.of(measure, cells, caption), tableBox);
        body.addClassName("statistics-figure-body");
        figure.removeAll();
        figure.add(Page.subheading(caption), Page.body("London (Metropolitan Police area): "
                + london.display(measure) + ". " + measure.description().substring(0, 1).toUpperCase()
                + measure.description().substring(1) + ". Choose a borough on the map for its figures over time."),
                body);
    }
}
