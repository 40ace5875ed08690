package org.candour.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Cell;
import org.candour.statistics.Measure;

/**
 * A squared tile map of London: one equal square per borough at its grid position (london-boroughs.csv), shaded
 * by the measure in five steps with a legend. Every tile also shows its figure as text and is a link to the
 * borough's page, so the map works without seeing colour and from the keyboard. Withheld figures are hatched.
 */
class TileMap extends Div {

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

    TileMap(Measure measure, Map<String, Cell> cells, String caption) {
        addClassName("tile-map-figure");
        var scale = Scale.of(cells.values().stream().filter(Cell::isPublished).map(Cell::value).toList());
        var grid = new Div();
        grid.addClassName("tile-map");
        grid.setId("tile-map");
        grid.getElement().setAttribute("role", "list");
        grid.getElement().setAttribute("aria-label", caption);
        for (Borough borough : Boroughs.all()) {
            grid.add(tile(borough, measure, cells.get(borough.gssCode()), scale));
        }
        add(grid, legend(measure, scale));
    }

    private static Div tile(Borough borough, Measure measure, Cell cell, Scale scale) {
        var wrapper = new Div();
        wrapper.getElement().setAttribute("role", "listitem");
        wrapper.getElement().getStyle().set("grid-row", Integer.toString(borough.tileRow()))
                .set("grid-column", Integer.toString(borough.tileColumn()));
        wrapper.addClassName("tile-cell");
        var code = new Span(SHORT.getOrDefault(borough.gssCode(), borough.name().substring(0, 3).toUpperCase()));
        code.addClassName("tile-code");
        code.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(borough.name() + ": ");
        name.addClassName("visually-hidden");
        if (!borough.isPolicedByTheMet() || cell == null) {
            var tile = new Div(code, name, new Span("not covered (City of London Police)"));
            tile.getChildren().skip(2).forEach(c -> c.addClassName("visually-hidden"));
            tile.addClassNames("tile", "tile-not-covered");
            tile.getElement().setAttribute("title", borough.name() + ": not covered (City of London Police)");
            wrapper.add(tile);
            return wrapper;
        }
        var value = new Span(cell.display(measure));
        value.addClassName("tile-value");
        var tile = new Anchor(StatisticsPages.BOROUGH + borough.gssCode(), code, name, value);
        tile.getElement().setAttribute("router-link", true);
        tile.getElement().setAttribute("title", borough.name() + ": " + cell.display(measure));
        tile.addClassName("tile");
        tile.setId("tile-" + borough.gssCode());
        if (cell.isPublished() && cell.value() != null) {
            int step = scale.step(cell.value());
            tile.getStyle().set("background-color", SHADES[step]);
            tile.addClassName(step >= 3 ? "tile-dark" : "tile-light");
        } else {
            tile.addClassName("tile-withheld");
        }
        wrapper.add(tile);
        return wrapper;
    }

    private static Div legend(Measure measure, Scale scale) {
        var list = new UnorderedList();
        list.addClassName("tile-legend-items");
        for (int i = 0; i < SHADES.length; i++) {
            if (scale.isEmpty()) {
                break;
            }
            var swatch = new Span();
            swatch.addClassName("tile-swatch");
            swatch.getStyle().set("background-color", SHADES[i]);
            list.add(new ListItem(swatch, new Span(scale.label(i, measure))));
        }
        var hatched = new Span();
        hatched.addClassNames("tile-swatch", "tile-withheld");
        list.add(new ListItem(hatched, new Span("Withheld to protect people (<10, [c] or [low])")));
        var grey = new Span();
        grey.addClassNames("tile-swatch", "tile-not-covered");
        list.add(new ListItem(grey, new Span("Not covered: City of London Police")));
        var legend = new Div(new Span("Legend: " + measure.label()), list);
        legend.addClassName("tile-legend");
        legend.setId("tile-legend");
        return legend;
    }

    /** Five equal-width steps from the smallest to the largest published figure. */
    record Scale(double min, double max) {

        static Scale of(List<Double> values) {
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new Scale(min, max);
        }

        boolean isEmpty() {
            return Double.isNaN(min);
        }

        int step(double value) {
            if (max <= min) {
                return 2;
            }
            return (int) Math.min(SHADES.length - 1, Math.floor((value - min) / (max - min) * SHADES.length));
        }

        String label(int step, Measure measure) {
            if (max <= min) {
                return step == 2 ? Cell.of(min).display(measure) : "(not used)";
            }
            double width = (max - min) / SHADES.length;
            return Cell.of(min + step * width).display(measure) + " to " + (step == SHADES.length - 1
                    ? Cell.of(max).display(measure) : "under " + Cell.of(min + (step + 1) * width).display(measure));
        }
    }
}
