package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Level;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsRow;
import org.junit.jupiter.api.Test;

/** The release's indexed lookups answer what a scan of its rows would. */
class ReleaseTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2030, 1), YearMonth.of(2030, 2),
            YearMonth.of(2030, 3));

    private final Release release = new Release(new ReleaseSummary(4, LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 3, 31), Instant.EPOCH, "Test", ReleaseSummary.Trigger.SCHEDULE), rows());

    private static List<StatisticsRow> rows() {
        var rows = new ArrayList<StatisticsRow>();
        for (YearMonth month : MONTHS) {
            rows.add(new StatisticsRow(Level.BOROUGH, "E09000001", "City of London", "Central West", month, Map.of()));
            rows.add(new StatisticsRow(Level.BOROUGH, "E09000002", "Barking and Dagenham", "East Area", month,
                    Map.of()));
            rows.add(new StatisticsRow(Level.BCU, "East Area", "East Area", null, month, Map.of()));
            rows.add(new StatisticsRow(Level.LONDON, Level.LONDON_CODE, "London", null, month, Map.of()));
        }
        return rows;
    }

    @Test
    void findsEachRowByLevelCodeAndMonth() {
        for (StatisticsRow row : release.rows()) {
            assertThat(release.row(row.level(), row.code(), row.month())).containsSame(row);
        }
        assertThat(release.row(Level.BOROUGH, "E09000003", MONTHS.getFirst())).isEmpty();
        assertThat(release.row(Level.BCU, "E09000001", MONTHS.getFirst())).isEmpty();
        assertThat(release.row(Level.BOROUGH, "E09000001", YearMonth.of(2030, 4))).isEmpty();
    }

    @Test
    void levelsAndMonthsKeepTheOrderOfTheRows() {
        assertThat(release.months()).isEqualTo(MONTHS);
        assertThat(release.rows(Level.BOROUGH)).extracting(StatisticsRow::code)
                .containsExactly("E09000001", "E09000002", "E09000001", "E09000002", "E09000001", "E09000002");
        assertThat(release.rows(Level.BOROUGH, MONTHS.get(1))).extracting(StatisticsRow::month)
                .containsOnly(MONTHS.get(1)).hasSize(2);
        assertThat(release.rows(Level.BCU)).hasSize(3);
        assertThat(release.version()).isEqualTo(4);
    }

    @Test
    void aPublicationTimeIsKeptToTheSecondSoTheClockAndTheDatabaseReadTheSame() {
        Instant fromTheClock = Instant.parse("2031-02-25T09:00:01.123456789Z");
        Instant fromTheDatabase = Instant.parse("2031-02-25T09:00:01.123457Z");
        var published = new ReleaseSummary(1, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 25), fromTheClock,
                "Test", ReleaseSummary.Trigger.SCHEDULE);
        var reloaded = new ReleaseSummary(1, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 25), fromTheDatabase,
                "Test", ReleaseSummary.Trigger.SCHEDULE);

        assertThat(published).isEqualTo(reloaded);
        assertThat(published.publishedAt()).hasToString("2031-02-25T09:00:01Z");
    }
}
