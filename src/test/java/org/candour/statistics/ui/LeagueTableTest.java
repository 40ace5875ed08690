package org.candour.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsRow;
import org.junit.jupiter.api.Test;

/** The league ranks on the 12-month measures; releases from before them keep their monthly league. */
class LeagueTableTest {

    private static final YearMonth MONTH = YearMonth.of(2029, 6);

    @Test
    void boroughsAreRankedOnTheirTwelveMonthsAndWithheldOnesComeLastUnranked() {
        var release = release(
                borough("Lambeth", Cell.of(21), Cell.of(80), Cell.withheld(Cell.Flag.LOW_BASE), true),
                borough("Barnet", Cell.of(14), Cell.of(95), Cell.withheld(Cell.Flag.LOW_BASE), true),
                borough("Sutton", Cell.withheld(Cell.Flag.LOW_BASE), Cell.withheld(Cell.Flag.LOW_BASE), Cell.of(3),
                        true),
                borough("Camden", Cell.of(14), Cell.of(97.5), Cell.withheld(Cell.Flag.LOW_BASE), true));

        var league = LeagueTable.of(release, MONTH);

        assertThat(league.table()).containsExactly(
                List.of("1", "Camden", "14.0", "97.5"),
                List.of("2", "Barnet", "14.0", "95.0"),
                List.of("3", "Lambeth", "21.0", "80.0"),
                List.of("Not ranked", "Sutton", "[low]", "[low]"));
        assertThat(league.columns()).containsExactly("Rank", "Borough", "Median days to answer",
                "Answered in time (%)");
        assertThat(league.heading()).isEqualTo("Median days to answer, requests received in the 12 months to "
                + "June 2029 (July 2028 to June 2029)");
        assertThat(league.unranked()).isEqualTo(1);
    }

    @Test
    void aReleaseWithoutTheTwelveMonthMeasuresKeepsItsMonthlyLeague() {
        var release = release(
                borough("Lambeth", Cell.withheld(Cell.Flag.LOW_BASE), Cell.withheld(Cell.Flag.LOW_BASE), Cell.of(12),
                        false),
                borough("Barnet", Cell.withheld(Cell.Flag.LOW_BASE), Cell.withheld(Cell.Flag.LOW_BASE), Cell.of(16),
                        false));

        var league = LeagueTable.of(release, MONTH);

        assertThat(league.table()).containsExactly(List.of("1", "Lambeth", "12.0", "[low]", "0"),
                List.of("2", "Barnet", "16.0", "[low]", "0"));
        assertThat(league.heading()).isEqualTo("Median days to answer, requests received in June 2029");
    }

    /** A borough's row: 12-month median and share, and the monthly median (present only in newer releases). */
    private static StatisticsRow borough(String name, Cell median12, Cell inTime12, Cell monthlyMedian,
                                         boolean twelveMonths) {
        Map<Measure, Cell> cells = new EnumMap<>(Measure.class);
        cells.put(Measure.REQUESTS_RECEIVED, Cell.of(0));
        cells.put(Measure.MEDIAN_DAYS_TO_ANSWER, monthlyMedian);
        cells.put(Measure.ANSWERED_IN_TIME_SHARE, Cell.withheld(Cell.Flag.LOW_BASE));
        if (twelveMonths) {
            cells.put(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS, median12);
            cells.put(Measure.ANSWERED_IN_TIME_SHARE_12_MONTHS, inTime12);
        }
        return new StatisticsRow(Level.BOROUGH, "E0900" + Math.abs(name.hashCode() % 10000), name, "Some BCU", MONTH,
                cells);
    }

    private static Release release(StatisticsRow... rows) {
        return new Release(new ReleaseSummary(3, LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30),
                Instant.parse("2029-07-01T05:00:00Z"), "Test.", ReleaseSummary.Trigger.SCHEDULE), List.of(rows));
    }
}
