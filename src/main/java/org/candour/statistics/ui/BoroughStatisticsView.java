package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;

/** One borough over the months of the latest release: a chart per chosen measure, beside its table. */
@Route(value = "statistics/boroughs/:code", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class BoroughStatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StatisticsReleases releases;
    private final ChartCatalogue charts;
    private final Div figure = new Div();
    private String title = "Borough statistics - Candour";

    BoroughStatisticsView(StatisticsReleases releases, ChartCatalogue charts) {
        this.releases = releases;
        this.charts = charts;
        addClassNames("page", "page-wide", "statistics-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Borough borough = event.getRouteParameters().get("code").flatMap(Boroughs::byCode)
                .filter(Borough::isPolicedByTheMet).orElseThrow(NotFoundException::new);
        title = borough.name() + " statistics - Candour";
        removeAll();
        add(Page.backLink(StatisticsPages.OVERVIEW), Page.heading(borough.name()),
                Page.lead(borough.name() + " is in the Met's " + borough.bcu() + " Basic Command Unit."),
                StatisticsPages.navigation());
        releases.latest().ifPresentOrElse(release -> show(release, borough), () -> add(StatisticsPages.noRelease()));
    }

    private void show(Release release, Borough borough) {
        var measure = StatisticsPages.measureSelect();
        StatisticsPages.onChoice(() -> draw(release, borough, measure.getValue()), measure);
        add(StatisticsPages.releaseLine(release), measure, figure, StatisticsPages.openData(release));
        draw(release, borough, Measure.RECORDINGS);
    }

    private void draw(Release release, Borough borough, Measure measure) {
        figure.removeAll();
        figure.add(Series.figure(release, measure, List.of(new Series.Area(Level.BOROUGH,
                borough.gssCode(), borough.name())), borough.gssCode(), charts));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
