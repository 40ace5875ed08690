package org.candour.statistics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;

/** What every statistics page shares: the release it shows, the pages' own navigation, month names. */
final class StatisticsPages {

    static final String OVERVIEW = "statistics";
    static final String LEAGUE = "statistics/league";
    static final String COMPARE = "statistics/compare";
    static final String METHODOLOGY = "statistics/methodology";
    static final String CALENDAR = "statistics/calendar";
    static final String BOROUGH = "statistics/boroughs/";
    static final String OPEN_API = "/api/v1/statistics/openapi.yaml";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", LondonTime.LOCALE);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", LondonTime.LOCALE);

    private StatisticsPages() {
    }

    static Nav navigation() {
        var nav = new Nav(link(OVERVIEW, "London overview"), link(LEAGUE, "Response times league table"),
                link(COMPARE, "Compare boroughs"), link(METHODOLOGY, "Methodology"), link(CALENDAR, "Release calendar"),
                new Anchor("/api/v1/statistics/releases", "Open data API"));
        nav.getElement().setAttribute("aria-label", "Statistics");
        nav.addClassName("statistics-nav");
        return nav;
    }

    private static Anchor link(String path, String text) {
        return Page.link(path, text);
    }

    static Component releaseLine(Release release) {
        var s = release.summary();
        var line = new Paragraph("Release " + s.version() + ", published " + LondonTime.inWords(
                s.publishedAt().atZone(LondonTime.ZONE).toLocalDate()) + ". Figures from "
                + LondonTime.inWords(s.periodFrom()) + " to " + LondonTime.inWords(s.periodTo()) + ". " + s.note());
        line.addClassName("release-line");
        line.setId("release-line");
        return line;
    }

    static Component openData(Release release) {
        String base = "/api/v1/statistics/releases/" + release.version() + "/";
        var links = new Div(Page.body("Download this release as open data: "),
                new Anchor(base + "boroughs.csv", "boroughs (CSV)"), text(", "),
                new Anchor(base + "boroughs.json", "boroughs (JSON)"), text(", "),
                new Anchor(base + "bcus.csv", "BCUs (CSV)"), text(", "),
                new Anchor(base + "bcus.json", "BCUs (JSON)"), text(". The API is described in "),
                new Anchor(OPEN_API, "its OpenAPI document"), text("."));
        links.addClassName("open-data-links");
        return links;
    }

    private static Component text(String text) {
        return new com.vaadin.flow.component.html.Span(text);
    }

    /** The measure picker of the statistics pages, on recordings to start with. */
    static NativeSelect<Measure> measureSelect() {
        return measureSelect(Measure.RECORDINGS);
    }

    static NativeSelect<Measure> measureSelect(Measure chosen) {
        return new NativeSelect<>("measure", "Measure", Measure.MONTHLY, Measure::label, chosen);
    }

    /** Runs {@code action} when the user chooses another item in any of the fields. */
    static void onChoice(Runnable action, NativeSelect<?>... fields) {
        for (NativeSelect<?> field : fields) {
            field.onChange(item -> action.run());
        }
    }

    static Component noRelease() {
        return Page.inset(Page.body("No statistics release has been published yet."));
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }
}
