package org.candour.statistics.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Every chart the statistics pages draw, found by its id within a release, so that the open-data API can serve it at
 * a stable address and a newspaper can embed it: {@code <measure>-<borough GSS code>} (a borough's page),
 * {@code <measure>-<code>-<code>} (two boroughs compared) and {@code league-<yyyy-MM>} (the league table's month).
 * The pages and the API draw the same chart from the same definition, with the release's source line in the picture.
 */
@Component
public class ChartCatalogue {

    public static final String LICENCE = "Open Government Licence v3.0";

    private final RenderedCharts rendered;
    private final String publicUrl;

    ChartCatalogue(RenderedCharts rendered, @Value("${candour.public-url:}") String publicUrl) {
        this.rendered = rendered;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Optional<EmbeddableChart> find(Release release, String id) {
        if (id.startsWith("league-")) {
            return month(release, id.substring("league-".length())).map(month -> LeagueTable.of(release, month)
                    .chart(release));
        }
        String[] parts = id.split("-");
        Optional<Measure> measure = Measure.byKey(parts[0]).filter(m -> !m.isTwelveMonths());
        if (measure.isEmpty() || parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        Set<Borough> boroughs = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            Optional<Borough> borough = Boroughs.byCode(parts[i]).filter(Borough::isPolicedByTheMet);
            if (borough.isEmpty()) {
                return Optional.empty();
            }
            boroughs.add(borough.get());
        }
        var areas = new ArrayList<Series.Area>();
        boroughs.forEach(b -> areas.add(new Series.Area(Level.BOROUGH, b.gssCode(), b.name())));
        return Optional.of(Series.chart(release, measure.get(), areas, String.join("-",
                List.of(parts).subList(1, parts.length))));
    }

    public byte[] png(EmbeddableChart chart) {
        return rendered.png(chart.fileName(), chart.height(), chart.drawing());
    }

    public byte[] svg(EmbeddableChart chart) {
        return rendered.svg(chart.fileName(), chart.height(), chart.drawing(), chart.altText());
    }

    /** The chart's stable address: a numbered release, so it never changes. */
    public static String path(EmbeddableChart chart, String extension) {
        return "/api/v1/statistics/releases/" + chart.version() + "/charts/" + chart.id() + "." + extension;
    }

    /** HTML a newspaper can paste: the picture with its text alternative, and the source line under it. */
    public String embedSnippet(EmbeddableChart chart) {
        return "<figure>\n  <img src=\"" + publicUrl + path(chart, "png") + "\" width=\"" + StatisticsCharts.WIDTH
                + "\" height=\"" + chart.height() + "\"\n       alt=\"" + HtmlUtils.htmlEscape(chart.altText())
                + "\">\n  <figcaption>" + HtmlUtils.htmlEscape(chart.source()) + " <a href=\"" + publicUrl
                + path(chart, "svg") + "\">SVG</a></figcaption>\n</figure>";
    }

    /** What every chart of the release says under it, in the picture and in its embed snippet. */
    static String sourceLine(Release release) {
        return "Source: Candour body-worn video statistics, release " + release.version() + ", published "
                + LondonTime.inWords(release.summary().publishedAt().atZone(LondonTime.ZONE).toLocalDate()) + ". "
                + LICENCE + ".";
    }

    private static Optional<YearMonth> month(Release release, String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            return release.months().contains(month) ? Optional.of(month) : Optional.empty();
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
