package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.candour.statistics.domain.Areas;
import org.candour.statistics.domain.DifferencingAttack;

/**
 * Attacks a whole published release by differencing, the way a reader with the open data would: for every month
 * and every count, the borough rows against their BCU rows and the BCU rows against London (any combination of
 * those sums, and the known ranges of "&lt;10" and "[c]"); hours recorded against their totals the same way. It sees
 * only the published release.
 */
public final class ReleaseAttack {

    private ReleaseAttack() {
    }

    public static void recoversNothing(Release release) {
        var areas = Areas.met();
        for (YearMonth month : release.months()) {
            for (Measure measure : Measure.values()) {
                if (!measure.isCount() && measure != Measure.HOURS_RECORDED) {
                    continue;
                }
                Double[] published = new Double[areas.size()];
                Cell.Flag[] flags = new Cell.Flag[areas.size()];
                for (int i = 0; i < areas.size(); i++) {
                    var area = areas.get(i);
                    Cell cell = release.row(area.level(), area.code(), month).orElseThrow().cell(measure);
                    published[i] = cell.value();
                    flags[i] = cell.flag();
                }
                var recovered = measure.isCount() ? DifferencingAttack.recover(published, flags, areas.rules())
                        : DifferencingAttack.linear(published, areas.rules());
                assertThat(recovered).as("%s %s recovered from release %d", measure, month, release.version())
                        .isEmpty();
            }
        }
    }
}
