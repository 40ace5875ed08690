package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.Outcome;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.StatisticsRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The league table's 12-month measures of a month pool the answers to requests received in that month and the 11
 * before it (also before the release's period), and are published only over 10 or more answers (disclosure control).
 */
class TwelveMonthAnswersTest {

    private static final LocalDate FROM = LocalDate.of(2029, 1, 1);
    private static final LocalDate TO = LocalDate.of(2029, 12, 20);
    private static final YearMonth LEAGUE_MONTH = YearMonth.of(2029, 6);
    private static final Borough BOROUGH = Boroughs.policedByTheMet().getFirst();

    /**
     * {@code answers} requests, each answered in {@code days}, received one a month going back from {@code newest}
     * months before June 2029 (0: June itself); {@code late} of them answered after their due date.
     */
    @ParameterizedTest(name = "{0} answers from {1} months back, {3} late: median {4}, in time {5}")
    @CsvSource(delimiter = '|', textBlock = """
            10 | 0  | 20 | 0  | 20.0  | 100.0
            12 | 0  | 20 | 0  | 20.0  | 100.0
            9  | 0  | 20 | 0  | [low] | [low]
            11 | 1  | 20 | 0  | 20.0  | 100.0
            11 | 2  | 20 | 0  | 20.0  | 100.0
            12 | 3  | 20 | 0  | [low] | [low]
            20 | 0  | 20 | 10 | 20.0  | 50.0
            20 | 0  | 20 | 3  | 20.0  | [low]
            20 | 0  | 20 | 17 | 20.0  | [low]
            10 | 2  | 35 | 0  | 35.0  | 100.0
            10 | 6  | 35 | 0  | [low] | [low]
            """)
    void theMonthAndTheElevenBeforeItArePooled(int answers, int newest, int days, int late, String median,
                                               String inTime) {
        // One request a month: "12 from 3 back" reaches 14 months back, so only 9 fall inside the window; "10 from 2
        // back" reaches July 2028, before the release's period, and all 10 count.
        var facts = new ArrayList<AnsweredRequestFact>();
        for (int i = 0; i < answers; i++) {
            var received = LEAGUE_MONTH.minusMonths(newest + (i % 12)).atDay(1 + i / 12);
            var due = received.plusDays(i < late ? days - 1 : days + 1);
            facts.add(new AnsweredRequestFact(BOROUGH.gssCode(), received, Outcome.DISCLOSED,
                    received.plusDays(days), due, null, false));
        }
        var row = row(new ReleaseBuilder(FROM, TO).requests(facts).build(), Level.BOROUGH, BOROUGH.gssCode(),
                LEAGUE_MONTH);

        assertThat(text(row.cell(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS))).isEqualTo(median);
        assertThat(text(row.cell(Measure.ANSWERED_IN_TIME_SHARE_12_MONTHS))).isEqualTo(inTime);
    }

    @Test
    void requestsBeforeThePeriodCountForTheTwelveMonthsButNotForTheirMonth() {
        var facts = new ArrayList<AnsweredRequestFact>();
        for (int i = 0; i < 10; i++) {
            var received = LocalDate.of(2028, 3 + i % 10, 2);
            facts.add(new AnsweredRequestFact(BOROUGH.gssCode(), received, Outcome.DISCLOSED, received.plusDays(9),
                    received.plusDays(30), null, false));
        }
        List<StatisticsRow> rows = new ReleaseBuilder(FROM, TO).requests(facts).build();

        var january = row(rows, Level.BOROUGH, BOROUGH.gssCode(), YearMonth.of(2029, 1));
        assertThat(january.cell(Measure.REQUESTS_RECEIVED).value()).isZero();
        assertThat(january.cell(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS).value()).isEqualTo(9.0);
        assertThat(rows.stream().map(StatisticsRow::month).distinct()).hasSize(12).doesNotContain(YearMonth.of(2028,
                12));
        var london = row(rows, Level.LONDON, Level.LONDON_CODE, YearMonth.of(2029, 1));
        assertThat(london.cell(Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS).value()).as("London pools its boroughs")
                .isEqualTo(9.0);
    }

    private static String text(Cell cell) {
        return cell.isPublished() ? String.valueOf(cell.value()) : cell.flag().symbol();
    }

    private static StatisticsRow row(List<StatisticsRow> rows, Level level, String code, YearMonth month) {
        return rows.stream().filter(r -> r.level() == level && r.code().equals(code) && r.month().equals(month))
                .findFirst().orElseThrow();
    }
}
