package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.candour.statistics.domain.Areas;
import org.candour.statistics.domain.DifferencingAttack;
import org.candour.statistics.domain.MonthTable;

/**
 * Attacks a whole published release by differencing, the way a reader with the open data would: for every month,
 * all counts at once: columns (each measure's boroughs against their BCU and the BCUs against London, in any
 * combination), rows (a row's measures against each other: outcomes cannot exceed requests received, and so on) and
 * the known ranges of "&lt;10" and "[c]"; hours recorded against their totals. It sees only the published release.
 */
public final class ReleaseAttack {

    private ReleaseAttack() {
    }

    public static void recoversNothing(Release release) {
        var areas = Areas.met();
        for (YearMonth month : release.months()) {
            Double[] published = new Double[MonthTable.size(areas)];
            Cell.Flag[] flags = new Cell.Flag[published.length];
            for (Measure measure : MonthTable.COUNTS) {
                for (int i = 0; i < areas.size(); i++) {
                    var area = areas.get(i);
                    Cell cell = release.row(area.level(), area.code(), month).orElseThrow().cell(measure);
                    published[MonthTable.index(areas, measure, i)] = cell.value();
                    flags[MonthTable.index(areas, measure, i)] = cell.flag();
                }
            }
            assertThat(DifferencingAttack.recover(published, flags, MonthTable.rules(areas)))
                    .as("counts of %s recovered from release %d", month, release.version()).isEmpty();
            Double[] hours = new Double[areas.size()];
            for (int i = 0; i < areas.size(); i++) {
                var area = areas.get(i);
                hours[i] = release.row(area.level(), area.code(), month).orElseThrow().cell(Measure.HOURS_RECORDED)
                        .value();
            }
            assertThat(DifferencingAttack.linear(hours, areas.rules()))
                    .as("hours of %s recovered from release %d", month, release.version()).isEmpty();
        }
    }
}
