package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.candour.footage.MonthlyFootage;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.Outcome;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseAttack;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsRow;
import org.junit.jupiter.api.Test;

/** Building release rows from raw monthly figures: levels, sums, rates, medians, and safety under attack. */
class ReleaseBuilderTest {

    private static final LocalDate FROM = LocalDate.of(2028, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);

    @Test
    void threeYearsOfLondonComeOutAsBoroughBcuAndLondonRowsThatRecoverNothing() {
        var random = new Random(6);
        List<Borough> boroughs = Boroughs.policedByTheMet();
        var footage = new ArrayList<MonthlyFootage>();
        var facts = new ArrayList<AnsweredRequestFact>();
        for (var month = YearMonth.from(FROM); !month.isAfter(YearMonth.from(TO)); month = month.plusMonths(1)) {
            for (Borough b : boroughs) {
                long recordings = random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(5000);
                footage.add(new MonthlyFootage(b.gssCode(), month, Math.min(recordings, 600), recordings,
                        recordings * 900, recordings / 7, recordings / 2, recordings / 10));
                int requests = random.nextInt(30);
                for (int i = 0; i < requests; i++) {
                    LocalDate received = month.atDay(1 + random.nextInt(28));
                    Outcome outcome = Outcome.values()[random.nextInt(4)];
                    facts.add(new AnsweredRequestFact(b.gssCode(), received, outcome,
                            received.plusDays(random.nextInt(50)), received.plusMonths(1),
                            outcome == Outcome.REFUSED ? "s.45(4)(b)" : null, random.nextInt(10) == 0));
                }
            }
        }

        long start = System.nanoTime();
        List<StatisticsRow> rows = new ReleaseBuilder(FROM, TO).footage(footage).requests(facts).build();
        System.out.printf("ReleaseBuilder: %d rows in %.0f ms%n", rows.size(), (System.nanoTime() - start) / 1e6);

        assertThat(rows).hasSize(36 * (32 + 12 + 1));
        var release = new Release(new ReleaseSummary(1, FROM, TO, java.time.Instant.EPOCH, "Test",
                ReleaseSummary.Trigger.SCHEDULE), rows);
        ReleaseAttack.recoversNothing(release);
        for (StatisticsRow row : rows) {
            for (Measure m : Measure.values()) {
                Cell cell = row.cell(m);
                if (m.isCount() && cell.isPublished()) {
                    assertThat(cell.value()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                            v -> assertThat(v).isGreaterThanOrEqualTo(10.0));
                }
            }
        }
        var london = release.row(Level.LONDON, Level.LONDON_CODE, YearMonth.of(2029, 6)).orElseThrow();
        long received = facts.stream().filter(f -> YearMonth.from(f.receivedOn()).equals(YearMonth.of(2029, 6)))
                .count();
        assertThat(london.cell(Measure.REQUESTS_RECEIVED).value()).isEqualTo((double) received);
        assertThat(london.cell(Measure.MEDIAN_DAYS_TO_ANSWER).isPublished()).isTrue();
    }
}
