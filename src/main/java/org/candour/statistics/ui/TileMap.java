package org.candour.statistics.ui;

import java.util.List;
import java.util.Map;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.ui.HtmlBlock;
import org.candour.shared.ui.HtmlText;
import org.candour.statistics.Cell;
import org.candour.statistics.Measure;

/**
 * A squared tile map of London: one equal square per borough at its grid position (london-boroughs.csv), shaded
 * by the measure in five steps with a legend. Every tile also shows its figure as text and is a link to the
 * borough's page, so the map works without seeing colour and from the keyboard. Withheld figures are hatched.
 */
final class TileMap {

    /** Sequential blues; text is dark on the light three and white on the dark two (contrast at least 4.5:1). */
    static final String[] SHADES = {"#eff3ff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"};

    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("E09000001", "CTY"),
            Map.entry("E09000002", "BDG"), Map.entry("E09000003", "BNT"), Map.entry("E09000004", "BXL"),
            Map.entry("E09000005", "BRT"), Map.entry("E09000006", "BRM"), Map.entry("E09000007", "CMD"),
            Map.entry("E09000008", "CRD"), Map.entry("E09000009", "EAL"), Map.entry("E09000010", "ENF"),
            Map.entry("E09000011", "GRN"), Map.entry("E09000012", "HCK"), Map.entry("E09000013", "HMS"),
            Map.entry("E09000014", "HGY"), Map.entry("E09000015", "HRW"), Map.entry("E09000016", "HAV"),
            Map.entry("E09000017", "HIL"), Map.entry("E09000018", "HNS"), Map.entry("E09000019", "ISL"),
            Map.entry("E09000020", "KNS"), Map.entry("E09000021", "KTN"), Map.entry("E09000022", "LBH"),
            Map.entry("E09000023", "LSH"), Map.entry("E09000024", "MRT"), Map.entry("E09000025", "NWM"),
            Map.entry("E09000026", "RDB"), Map.entry("E09000027", "RCH"), Map.entry("E09000028", "SWK"),
            Map.entry("E09000029", "STN"), Map.entry("E09000030", "TWH"), Map.entry("E09000031", "WTH"),
            Map.entry("E09000032", "WND"), Map.entry("E09000033", "WSM"));

    private TileMap() {
    }

    /**
     * The map and its legend as one piece of HTML: some two hundred elements that would otherwise each be a
     * server-side component on every first view. The tiles are links with {@code router-link}, which Flow's client
     * router follows without a page load, as it does for component anchors.
     */
    static HtmlBlock of(Measure measure, Map<String, Cell> cells, String caption) {
        var scale = Scale.of(cells.values().stream().filter(Cell::isPublished).map(Cell::value).toList());
        var html = new StringBuilder(16_384);
        html.append("<div class=\"tile-map\" id=\"tile-map\" role=\"list\" aria-label=\"")
                .append(HtmlText.escape(caption)).append("\">");
        for (Borough borough : Boroughs.all()) {
            tile(html, borough, measure, cells.get(borough.gssCode()), scale);
        }
        html.append("</div>");
        legend(html, measure, scale);
        return new HtmlBlock("div", "tile-map-figure", html.toString());
    }

    private static void tile(StringBuilder html, Borough borough, Measure measure, Cell cell, Scale scale) {
        html.append("<div role=\"listitem\" class=\"tile-cell\" style=\"grid-row: ").append(borough.tileRow())
                .append("; grid-column: ").append(borough.tileColumn()).append(";\">");
        String code = SHORT.getOrDefault(borough.gssCode(), borough.name().substring(0, 3).toUpperCase());
        String codeSpan = "<span class=\"tile-code\" aria-hidden=\"true\">" + HtmlText.escape(code) + "</span>";
        String nameSpan = "<span class=\"visually-hidden\">" + HtmlText.escape(borough.name() + ": ") + "</span>";
        if (!borough.isPolicedByTheMet() || cell == null) {
            String notCovered = "not covered (City of London Police)";
            html.append("<div class=\"tile tile-not-covered\" title=\"")
                    .append(HtmlText.escape(borough.name() + ": " + notCovered)).append("\">").append(codeSpan)
                    .append(nameSpan).append("<span class=\"visually-hidden\">").append(notCovered)
                    .append("</span></div></div>");
            return;
        }
        String shading;
        String style = "";
        if (cell.isPublished() && cell.value() != null) {
            int step = scale.step(cell.value());
            style = " style=\"background-color: " + SHADES[step] + ";\"";
            shading = step >= 3 ? "tile-dark" : "tile-light";
        } else {
            shading = "tile-withheld";
        }
        String display = HtmlText.escape(cell.display(measure));
        html.append("<a href=\"").append(StatisticsPages.BOROUGH).append(borough.gssCode())
                .append("\" router-link=\"\" title=\"").append(HtmlText.escape(borough.name())).append(": ")
                .append(display)
                .append("\" class=\"tile ").append(shading).append("\" id=\"tile-").append(borough.gssCode())
                .append('"').append(style).append('>').append(codeSpan).append(nameSpan)
                .append("<span class=\"tile-value\">").append(display).append("</span></a></div>");
    }

    private static void legend(StringBuilder html, Measure measure, Scale scale) {
        html.append("<div class=\"tile-legend\" id=\"tile-legend\"><span>Legend: ")
                .append(HtmlText.escape(measure.label())).append("</span><ul class=\"tile-legend-items\">");
        for (int i = 0; i < scale.classes(); i++) {
            html.append("<li><span class=\"tile-swatch\" style=\"background-color: ").append(SHADES[i])
                    .append(";\"></span><span>").append(HtmlText.escape(scale.label(i, measure)))
                    .append("</span></li>");
        }
        html.append("<li><span class=\"tile-swatch tile-withheld\"></span><span>")
                .append(HtmlText.escape("Withheld to protect people (<10, [c] or [low])")).append("</span></li>")
                .append("<li><span class=\"tile-swatch tile-not-covered\"></span><span>Not covered: City of London "
                        + "Police</span></li></ul></div>");
    }

    /**
     * Five equal-width steps from the smallest to the largest published figure; when every published figure is the
     * same there is nothing to grade, so one class (the lightest shade) labelled with that figure.
     */
    record Scale(double min, double max) {

        static Scale of(List<Double> values) {
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new Scale(min, max);
        }

        boolean isEmpty() {
            return Double.isNaN(min);
        }

        /** How many shades the map uses, and so how many the legend lists. */
        int classes() {
            return isEmpty() ? 0 : allEqual() ? 1 : SHADES.length;
        }

        private boolean allEqual() {
            return max <= min;
        }

        int step(double value) {
            if (allEqual()) {
                return 0;
            }
            return (int) Math.min(SHADES.length - 1, Math.floor((value - min) / (max - min) * SHADES.length));
        }

        String label(int step, Measure measure) {
            if (allEqual()) {
                return "All published figures: " + Cell.of(min).display(measure);
            }
            double width = (max - min) / SHADES.length;
            return Cell.of(min + step * width).display(measure) + " to " + (step == SHADES.length - 1
                    ? Cell.of(max).display(measure) : "under " + Cell.of(min + (step + 1) * width).display(measure));
        }
    }
}
