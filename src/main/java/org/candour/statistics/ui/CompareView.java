package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;

/** Two boroughs (and optionally London) side by side over the months, for one measure. */
@Route(value = StatisticsPages.COMPARE, layout = MainLayout.class)
@PageTitle("Compare boroughs - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class CompareView extends Div {

    private final Div figure = new Div();
    private final ChartCatalogue charts;

    CompareView(StatisticsReleases releases, ChartCatalogue charts) {
        this.charts = charts;
        addClassNames("page", "page-wide", "statistics-page");
        add(Page.heading("Compare boroughs"), Page.lead("Choose two boroughs and a measure to see them over time."),
                StatisticsPages.navigation());
        releases.latest().ifPresentOrElse(this::show, () -> add(StatisticsPages.noRelease()));
    }

    private void show(Release release) {
        List<Borough> boroughs = Boroughs.policedByTheMet();
        var first = boroughSelect("first-borough", "First borough", boroughs, Boroughs.require("E09000022"));
        var second = boroughSelect("second-borough", "Second borough", boroughs, Boroughs.require("E09000028"));
        var measure = StatisticsPages.measureSelect();
        Runnable draw = () -> draw(release, first.getValue(), second.getValue(), measure.getValue());
        StatisticsPages.onChoice(draw, first, second, measure);
        var choices = new Div(first, second, measure);
        choices.addClassName("statistics-choices");
        add(StatisticsPages.releaseLine(release), choices, figure);
        draw.run();
    }

    private static NativeSelect<Borough> boroughSelect(String id, String label, List<Borough> boroughs, Borough value) {
        return new NativeSelect<>(id, label, boroughs, Borough::name, value);
    }

    private void draw(Release release, Borough first, Borough second, Measure measure) {
        var areas = new ArrayList<Series.Area>();
        areas.add(new Series.Area(Level.BOROUGH, first.gssCode(), first.name()));
        if (!second.equals(first)) {
            areas.add(new Series.Area(Level.BOROUGH, second.gssCode(), second.name()));
        }
        figure.removeAll();
        figure.add(Series.figure(release, measure, areas, first.gssCode() + "-" + second.gssCode(), charts));
    }
}
