package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import org.candour.statistics.domain.Areas;
import org.candour.statistics.domain.DifferencingAttack;
import org.candour.statistics.domain.MonthTable;
import org.jspecify.annotations.Nullable;

/**
 * Attacks a whole published release by differencing, the way a reader with the open data would: for every month,
 * all counts at once: columns (each measure's boroughs against their BCU and the BCUs against London, in any
 * combination), rows (a row's measures against each other: outcomes cannot exceed requests received, and so on) and
 * the known ranges of "&lt;10" and "[c]"; hours recorded against their totals; shares against their published bases
 * (a share times its base is a count, and so is its complement). It sees only the published release.
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
            for (var area : areas.all()) {
                StatisticsRow row = release.row(area.level(), area.code(), month).orElseThrow();
                sharesRevealNoSmallCount(row, Measure.EVIDENTIAL_SHARE, row.cell(Measure.RECORDINGS).value());
                sharesRevealNoSmallCount(row, Measure.ANSWERED_IN_TIME_SHARE, answered(row));
            }
        }
    }

    /**
     * The numerators a published share (rounded to 0.1) allows over a published base: if all of them, or all of their
     * complements, are counts from 1 to 9, the share has given away a small count. (None at all: the base was not
     * what the attacker took it for, and nothing is learnt.)
     */
    static void sharesRevealNoSmallCount(StatisticsRow row, Measure share, @Nullable Double base) {
        Double percent = row.cell(share).value();
        if (percent == null || base == null) {
            return;
        }
        long b = Math.round(base);
        List<Long> numerators = LongStream.rangeClosed(0, b)
                .filter(n -> Math.round(1000.0 * n / b) / 10.0 == percent).boxed().toList();
        if (numerators.isEmpty()) {
            return;
        }
        assertThat(numerators.stream().allMatch(n -> n >= 1 && n <= 9))
                .as("%s of %s in %s gives away a small count", share, percent, row.code()).isFalse();
        assertThat(numerators.stream().allMatch(n -> b - n >= 1 && b - n <= 9))
                .as("%s of %s in %s gives away a small complement", share, percent, row.code()).isFalse();
    }

    /** Requests answered, when every outcome is published: the base of the answered-in-time share. */
    private static @Nullable Double answered(StatisticsRow row) {
        double sum = 0;
        for (Measure outcome : List.of(Measure.DISCLOSED, Measure.PARTLY_DISCLOSED, Measure.REFUSED_45_4_A,
                Measure.REFUSED_45_4_B, Measure.REFUSED_45_4_C, Measure.REFUSED_45_4_D, Measure.REFUSED_45_4_E,
                Measure.NO_FOOTAGE_HELD)) {
            Double value = row.cell(outcome).value();
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }
}
