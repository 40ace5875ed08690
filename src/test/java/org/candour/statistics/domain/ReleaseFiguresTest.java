package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.candour.footage.MonthlyFootage;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.Outcome;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Cell;
import org.candour.statistics.Cell.Flag;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.StatisticsRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every published figure of a release row, with the boundaries of its low-base rules. */
class ReleaseFiguresTest {

    private static final YearMonth MONTH = YearMonth.of(2029, 1);
    private static final LocalDate FROM = LocalDate.of(2029, 1, 5);
    private static final LocalDate TO = LocalDate.of(2029, 1, 25);
    private static final LocalDate RECEIVED = LocalDate.of(2029, 1, 10);
    private static final LocalDate DUE = RECEIVED.plusDays(30);
    private static final Borough FIRST = Boroughs.policedByTheMet().getFirst();
    private static final String UNKNOWN = "E99999999";

    @Test
    void everyCountOfABoroughReachesItsRowItsBcuAndLondon() {
        List<StatisticsRow> rows = new ReleaseBuilder(FROM, TO).footage(footage()).requests(facts()).build();

        for (StatisticsRow row : List.of(row(rows, Level.BOROUGH, FIRST.gssCode()),
                row(rows, Level.BCU, FIRST.bcu()), row(rows, Level.LONDON, Level.LONDON_CODE))) {
            assertThat(value(row, Measure.CAMERAS_DEPLOYED)).isEqualTo(40);
            assertThat(value(row, Measure.RECORDINGS)).isEqualTo(400);
            assertThat(value(row, Measure.DELETED_AT_31_DAYS)).isEqualTo(300);
            assertThat(value(row, Measure.STOP_AND_SEARCH_RECORDINGS)).isEqualTo(50);
            assertThat(value(row, Measure.HOURS_RECORDED)).as("360,540 s = 100.15 h, to one decimal").isEqualTo(100.2);
            assertThat(value(row, Measure.EVIDENTIAL_SHARE)).as("101 of 400 = 25.25%").isEqualTo(25.3);
            assertThat(value(row, Measure.REQUESTS_RECEIVED)).isEqualTo(60);
            assertThat(value(row, Measure.DISCLOSED)).isEqualTo(10);
            assertThat(value(row, Measure.PARTLY_DISCLOSED)).isEqualTo(10);
            assertThat(value(row, Measure.NO_FOOTAGE_HELD)).isEqualTo(10);
            assertThat(value(row, Measure.REFUSED_45_4_A)).isEqualTo(10);
            assertThat(value(row, Measure.REFUSED_45_4_B)).isEqualTo(10);
            assertThat(value(row, Measure.REFUSED_45_4_E)).isZero();
            assertThat(value(row, Measure.DELETED_BEFORE_PRESERVED)).isEqualTo(10);
            assertThat(value(row, Measure.MEDIAN_DAYS_TO_ANSWER)).isEqualTo(30);
            assertThat(value(row, Measure.ANSWERED_IN_TIME_SHARE))
                    .as("answered on or before the due date (s.54): 30 of 50").isEqualTo(60);
        }
    }

    @Test
    void aLondonRowHasNoBcuAndABoroughRowNamesItsOwn() {
        List<StatisticsRow> rows = new ReleaseBuilder(FROM, TO).build();

        assertThat(row(rows, Level.LONDON, Level.LONDON_CODE).bcu()).isNull();
        assertThat(row(rows, Level.BOROUGH, FIRST.gssCode()).bcu()).isEqualTo(FIRST.bcu());
    }

    @Test
    void aBoroughWithNoRecordingsPublishesZeroAndNoShareOfIt() {
        StatisticsRow row = row(new ReleaseBuilder(FROM, TO).footage(footage()).build(), Level.BOROUGH,
                Boroughs.policedByTheMet().get(1).gssCode());

        assertThat(value(row, Measure.RECORDINGS)).isZero();
        assertThat(value(row, Measure.HOURS_RECORDED)).isZero();
        assertThat(row.cell(Measure.EVIDENTIAL_SHARE).flag()).isEqualTo(Flag.LOW_BASE);
    }

    @ParameterizedTest(name = "{0} answers: median and in-time share {1}")
    @CsvSource({"9, LOW_BASE", "10, PUBLISHED", "11, PUBLISHED"})
    void ratesOverAnswersNeedAtLeastTenAnswers(int answers, Flag flag) {
        var facts = new ArrayList<AnsweredRequestFact>();
        for (int i = 0; i < answers; i++) {
            facts.add(answered(Outcome.DISCLOSED, null, 12));
        }
        StatisticsRow row = row(new ReleaseBuilder(FROM, TO).requests(facts).build(), Level.BOROUGH, FIRST.gssCode());

        assertThat(row.cell(Measure.MEDIAN_DAYS_TO_ANSWER).flag()).isEqualTo(flag);
        assertThat(row.cell(Measure.ANSWERED_IN_TIME_SHARE).flag()).isEqualTo(flag);
    }

    @ParameterizedTest(name = "{1} of {0} recordings evidential: share {2}")
    @CsvSource({"10, 0, PUBLISHED", "10, 10, PUBLISHED", "11, 5, LOW_BASE", "20, 10, PUBLISHED", "25, 20, LOW_BASE"})
    void theEvidentialShareNeedsTenRecordingsEachSide(long recordings, long evidential, Flag flag) {
        var footage = List.of(new MonthlyFootage(FIRST.gssCode(), MONTH, 0, recordings, 0, evidential, 0, 0));
        StatisticsRow row = row(new ReleaseBuilder(FROM, TO).footage(footage).build(), Level.BOROUGH,
                FIRST.gssCode());

        assertThat(row.cell(Measure.EVIDENTIAL_SHARE).flag()).isEqualTo(flag);
    }

    @Test
    void hoursAreWithheldWithTheRecordingsTheyCameFrom() {
        var footage = List.of(new MonthlyFootage(FIRST.gssCode(), MONTH, 0, 5, 36_000, 0, 0, 0));
        StatisticsRow row = row(new ReleaseBuilder(FROM, TO).footage(footage).build(), Level.BOROUGH,
                FIRST.gssCode());

        assertThat(row.cell(Measure.RECORDINGS).flag()).isEqualTo(Flag.SMALL_COUNT);
        assertThat(row.cell(Measure.HOURS_RECORDED).flag()).isEqualTo(Flag.SECONDARY);
    }

    @Test
    void outcomesThatFillTheRequestsReceivedDoNotGiveAwayASmallOne() {
        // 11 received, 10 released, 1 partly released: with all three shown, "<10" could only be 1.
        var facts = new ArrayList<AnsweredRequestFact>();
        for (int i = 0; i < 10; i++) {
            facts.add(answered(Outcome.DISCLOSED, null, 5));
        }
        facts.add(answered(Outcome.PARTIALLY_DISCLOSED, null, 5));
        List<StatisticsRow> rows = new ReleaseBuilder(FROM, TO).requests(facts).build();

        for (StatisticsRow row : List.of(row(rows, Level.BOROUGH, FIRST.gssCode()),
                row(rows, Level.BCU, FIRST.bcu()), row(rows, Level.LONDON, Level.LONDON_CODE))) {
            assertThat(row.cell(Measure.PARTLY_DISCLOSED).flag()).isEqualTo(Flag.SMALL_COUNT);
            assertThat(row.cell(Measure.REQUESTS_RECEIVED).isPublished() && row.cell(Measure.DISCLOSED).isPublished())
                    .as("received and released both shown in %s", row.code()).isFalse();
        }
    }

    private static List<MonthlyFootage> footage() {
        return List.of(new MonthlyFootage(FIRST.gssCode(), MONTH, 40, 400, 360_540, 101, 300, 50),
                new MonthlyFootage(UNKNOWN, MONTH, 40, 400, 3600, 10, 300, 50),
                new MonthlyFootage(FIRST.gssCode(), MONTH.plusMonths(1), 40, 400, 3600, 10, 300, 50));
    }

    /** 60 received in range: 50 answered at 10, 20, 30 (twice) and 31 or 40 days, 30 of them by the due date. */
    private static List<AnsweredRequestFact> facts() {
        var facts = new ArrayList<AnsweredRequestFact>();
        for (int i = 0; i < 10; i++) {
            facts.add(answered(Outcome.DISCLOSED, null, 10));
            facts.add(answered(Outcome.NO_FOOTAGE_HELD, null, 20));
            facts.add(answered(Outcome.REFUSED, "s.45(4)(b)", 30));
            facts.add(answered(Outcome.PARTIALLY_DISCLOSED, null, 31));
            facts.add(answered(Outcome.REFUSED, "s.45(4)(a)", 40));
            facts.add(new AnsweredRequestFact(FIRST.gssCode(), RECEIVED, null, null, DUE, null, true));
        }
        facts.add(new AnsweredRequestFact(FIRST.gssCode(), FROM.minusDays(1), Outcome.DISCLOSED, FROM, DUE, null,
                true));
        facts.add(new AnsweredRequestFact(FIRST.gssCode(), TO.plusDays(1), Outcome.DISCLOSED, TO.plusDays(2), DUE,
                null, true));
        facts.add(new AnsweredRequestFact(UNKNOWN, RECEIVED, Outcome.DISCLOSED, RECEIVED, DUE, null, true));
        return facts;
    }

    private static AnsweredRequestFact answered(Outcome outcome, @Nullable String section, int days) {
        return new AnsweredRequestFact(FIRST.gssCode(), RECEIVED, outcome, RECEIVED.plusDays(days), DUE, section,
                false);
    }

    private static StatisticsRow row(List<StatisticsRow> rows, Level level, String code) {
        return rows.stream().filter(r -> r.level() == level && r.code().equals(code)).findFirst().orElseThrow();
    }

    private static double value(StatisticsRow row, Measure measure) {
        Cell cell = row.cell(measure);
        assertThat(cell.isPublished()).as("%s of %s published", measure, row.code()).isTrue();
        return cell.value();
    }
}
