package org.candour.statistics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.candour.statistics.Measure;

/**
 * All the counts of one month as one table for disclosure control: every count measure for every area (boroughs,
 * BCUs, London), with every relation a reader knows between them. Within a measure, BCUs and London are sums.
 * Within an area, measures bound each other: recordings are at least the cameras that made them, the recordings
 * deleted at 31 days and the stop-and-search recordings; requests received are at least their outcomes together,
 * and at least those whose footage was deleted before the request.
 */
public final class MonthTable {

    public static final List<Measure> COUNTS = Arrays.stream(Measure.values()).filter(Measure::isCount).toList();
    private static final List<Measure> OUTCOMES = List.of(Measure.DISCLOSED, Measure.PARTLY_DISCLOSED,
            Measure.REFUSED_45_4_A, Measure.REFUSED_45_4_B, Measure.REFUSED_45_4_C, Measure.REFUSED_45_4_D,
            Measure.REFUSED_45_4_E, Measure.NO_FOOTAGE_HELD);

    private MonthTable() {
    }

    public static int size(Areas areas) {
        return COUNTS.size() * areas.size();
    }

    public static int index(Areas areas, Measure measure, int area) {
        return COUNTS.indexOf(measure) * areas.size() + area;
    }

    public static List<SumRule> rules(Areas areas) {
        var rules = new ArrayList<SumRule>();
        for (int m = 0; m < COUNTS.size(); m++) {
            int offset = m * areas.size();
            areas.rules().forEach(rule -> rules.add(rule.shifted(offset)));
        }
        for (int a = 0; a < areas.size(); a++) {
            int recordings = index(areas, Measure.RECORDINGS, a);
            rules.add(SumRule.atLeast(recordings, index(areas, Measure.CAMERAS_DEPLOYED, a)));
            rules.add(SumRule.atLeast(recordings, index(areas, Measure.DELETED_AT_31_DAYS, a)));
            rules.add(SumRule.atLeast(recordings, index(areas, Measure.STOP_AND_SEARCH_RECORDINGS, a)));
            int received = index(areas, Measure.REQUESTS_RECEIVED, a);
            int area = a;
            rules.add(SumRule.atLeast(received, OUTCOMES.stream().mapToInt(m -> index(areas, m, area)).toArray()));
            rules.add(SumRule.atLeast(received, index(areas, Measure.DELETED_BEFORE_PRESERVED, a)));
        }
        return rules;
    }
}
