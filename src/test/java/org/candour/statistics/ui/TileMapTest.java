package org.candour.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Cell;
import org.candour.statistics.Measure;
import org.junit.jupiter.api.Test;

class TileMapTest {

    private static final Pattern SHADE = Pattern.compile("class=\"tile [^\"]*\" id=\"tile-\\w+\" style=\""
            + "background-color: (#\\w+);\"");

    @Test
    void aMonthWhereEveryBoroughHasTheSameFigureIsOneClassWithOneLegendEntry() {
        String html = html(Measure.REQUESTS_RECEIVED, code -> Cell.of(0));

        assertThat(shadesUsed(html)).containsOnly(TileMap.SHADES[0]);
        assertThat(legendEntries(html)).containsExactly("All published figures: 0",
                "Withheld to protect people (&lt;10, [c] or [low])", "Not covered: City of London Police");
        assertThat(html).doesNotContain("not used");
    }

    @Test
    void oneFigureBesideWithheldOnesIsAlsoOneClass() {
        String html = html(Measure.REQUESTS_RECEIVED,
                code -> code.equals("E09000022") ? Cell.of(42) : Cell.withheld(Cell.Flag.SMALL_COUNT));

        assertThat(shadesUsed(html)).containsOnly(TileMap.SHADES[0]);
        assertThat(legendEntries(html)).first().isEqualTo("All published figures: 42");
    }

    @Test
    void differentFiguresAreGradedInFiveEqualSteps() {
        var counter = new int[] {0};
        String html = html(Measure.REQUESTS_RECEIVED, code -> Cell.of(10 * counter[0]++));

        assertThat(shadesUsed(html)).containsExactlyInAnyOrder(TileMap.SHADES);
        assertThat(legendEntries(html)).startsWith("0 to under 62", "62 to under 124", "124 to under 186",
                "186 to under 248", "248 to 310");
    }

    @Test
    void nothingPublishedListsNoShadesOnlyTheWithheldAndNotCoveredKeys() {
        String html = html(Measure.REQUESTS_RECEIVED, code -> Cell.withheld(Cell.Flag.SMALL_COUNT));

        assertThat(shadesUsed(html)).isEmpty();
        assertThat(legendEntries(html)).hasSize(2);
    }

    private static String html(Measure measure, Function<String, Cell> figure) {
        Map<String, Cell> cells = new HashMap<>();
        for (Borough borough : Boroughs.policedByTheMet()) {
            cells.put(borough.gssCode(), figure.apply(borough.gssCode()));
        }
        return TileMap.of(measure, cells, "Requests received by borough").getElement().getProperty("innerHTML");
    }

    private static Set<String> shadesUsed(String html) {
        var shades = new HashSet<String>();
        var matcher = SHADE.matcher(html);
        while (matcher.find()) {
            shades.add(matcher.group(1));
        }
        return shades;
    }

    private static List<String> legendEntries(String html) {
        String legend = html.substring(html.indexOf("tile-legend-items"));
        var entries = new ArrayList<String>();
        var matcher = Pattern.compile("</span><span>([^<]*)</span></li>").matcher(legend);
        while (matcher.find()) {
            entries.add(matcher.group(1));
        }
        return entries;
    }
}
