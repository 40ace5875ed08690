package org.candour.footage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.candour.footage.domain.RetentionRule;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention sweep against the real database, with a clock the test moves day by day. Shares its context (and
 * database) with {@link FootageImportServiceIT}, so every check is about this test's own recordings.
 */
@SpringBootTest(properties = "candour.footage.import.batch-size=10")
@Import(ClockTestConfiguration.class)
class RetentionSweepIT {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    FootageImportService imports;
    @Autowired
    RetentionService retention;
    @Autowired
    PreservationHoldService holds;
    @Autowired
    FootageCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final FootageRows rows = new FootageRows();

    /** What the rule says should happen to one recording, kept by the test alongside the database. */
    private static final class Expected {
        final LocalDate deletionDate;
        boolean evidential;
        final List<UUID> activeHolds = new ArrayList<>();
        @Nullable LocalDate deletedOn;

        Expected(LocalDate deletionDate, boolean evidential) {
            this.deletionDate = deletionDate;
            this.evidential = evidential;
        }
    }

    private void importRows(List<String> lines) {
        var report = imports.importCsv(FootageRows.stream(FootageRows.csv(lines)), ImportProgress.Listener.NONE);
        assertThat(report.rejected()).as("rejected rows: %s", report.errors()).isZero();
    }

    private NewHold holdFor(String id) {
        return new NewHold(List.of(id), "caseworker.one", "Request about a stop and search", "BWV-2030-000123", null);
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }

    @Test
    void randomHoldsReleasesAndEvidentialMarkingsOverSeventyDaysNeverLetAHeldOrEvidentialRecordingBeSwept() {
        var random = new SplittableRandom(20_261_126);
        Instant t0 = Instant.parse("2030-03-01T10:00:00Z");
        clock.set(t0);
        int count = 150;
        var expected = new HashMap<String, Expected>();
        var starts = new HashMap<Integer, Instant>();
        var lines = new ArrayList<String>();
        for (int n = 1; n <= count; n++) {
            Instant start = t0.minus(Duration.ofMinutes(random.nextLong(30L * 24 * 60)));
            boolean evidential = random.nextInt(10) == 0;
            starts.put(n, start);
            lines.add(rows.row(n, start, evidential));
            expected.put(rows.id(n), new Expected(FootageRetention.deletionDate(start), evidential));
        }
        importRows(lines);

        int holdsPlaced = 0;
        int holdsRefused = 0;
        int sweptWhileFree = 0;
        for (int day = 0; day < 70; day++) {
            for (int op = 1 + random.nextInt(5); op > 0; op--) {
                int n = 1 + random.nextInt(count);
                String id = rows.id(n);
                var e = expected.get(id);
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        if (e.deletedOn != null) {
                            assertThatThrownBy(() -> holds.placeHold(holdFor(id)))
                                    .isInstanceOf(HoldRefusedException.class);
                            holdsRefused++;
                        } else {
                            e.activeHolds.add(holds.placeHold(holdFor(id)).getFirst());
                            holdsPlaced++;
                        }
                    }
                    case 2 -> {
                        if (!e.activeHolds.isEmpty()) {
                            holds.releaseHold(e.activeHolds.remove(random.nextInt(e.activeHolds.size())),
                                    "caseworker.two", "Request closed");
                        }
                    }
                    default -> {
                        // The evidence system marks (or, after review, unmarks) a recording as evidential.
                        e.evidential = !e.evidential;
                        importRows(List.of(rows.row(n, starts.get(n), e.evidential)));
                    }
                }
            }
            var protectedNow = expected.entrySet().stream()
                    .filter(x -> x.getValue().deletedOn == null)
                    .filter(x -> x.getValue().evidential || !x.getValue().activeHolds.isEmpty())
                    .map(Map.Entry::getKey).toList();

            retention.sweep();

            LocalDate today = today();
            for (var e : expected.values()) {
                if (RetentionRule.isDueForSweep(e.evidential, e.activeHolds.size(), e.deletedOn, e.deletionDate,
                        today)) {
                    e.deletedOn = today;
                    sweptWhileFree++;
                }
            }
            var stored = stored();
            assertThat(protectedNow).as("held or evidential on %s", today)
                    .allSatisfy(id -> assertThat(stored.get(id).deletedOn).isNull());
            for (var x : expected.entrySet()) {
                var actual = stored.get(x.getKey());
                assertThat(actual.deletedOn).as("deleted at source of %s on %s", x.getKey(), today)
                        .isEqualTo(x.getValue().deletedOn);
                assertThat(actual.holdCount).as("holds on %s", x.getKey()).isEqualTo(x.getValue().activeHolds.size());
            }
            clock.advance(DAY);
        }
        // The run exercised every path, not just the easy ones.
        assertThat(holdsPlaced).isGreaterThan(20);
        assertThat(holdsRefused).isGreaterThan(0);
        assertThat(sweptWhileFree).isGreaterThan(count / 2);
        assertThat(expected.values()).anyMatch(e -> e.deletedOn == null && e.evidential);
        assertThat(expected.values()).anyMatch(e -> e.deletedOn == null && !e.activeHolds.isEmpty());
    }

    private record Stored(@Nullable LocalDate deletedOn, int holdCount) {
    }

    private Map<String, Stored> stored() {
        var stored = new HashMap<String, Stored>();
        jdbc.query("select id, deleted_at_source, hold_count from recording where id like ?", rs -> {
            stored.put(rs.getString(1), new Stored(rs.getObject(2, LocalDate.class), rs.getInt(3)));
        }, rows.likePattern());
        return stored;
    }

    @Test
    void aHoldPlacedBeforeTheDeletionDateKeepsTheFootageUntilItsLastHoldIsReleased() {
        clock.set(Instant.parse("2030-06-01T09:00:00Z"));
        importRows(List.of(rows.row(1, Instant.parse("2030-05-31T20:00:00Z"))));
        String id = rows.id(1);
        assertThat(catalogue.recording(id).orElseThrow().deletionDate()).isEqualTo(LocalDate.of(2030, 7, 1));

        UUID request = holds.placeHold(holdFor(id)).getFirst();
        UUID complaint = holds.placeHold(new NewHold(List.of(id), "iopc.liaison", "Complaint received", null,
                "IOPC-2030-0042")).getFirst();
        clock.set(Instant.parse("2030-07-01T09:00:00Z"));
        retention.sweep();
        assertThat(catalogue.recording(id).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RetentionStatus.HELD);
            assertThat(r.deletionDate()).isNull();
            assertThat(r.atRisk()).isFalse();
        });

        holds.releaseHold(request, "caseworker.two", "Footage disclosed");
        clock.set(Instant.parse("2030-07-05T09:00:00Z"));
        retention.sweep();
        assertThat(catalogue.recording(id).orElseThrow().status()).isEqualTo(RetentionStatus.HELD);

        holds.releaseHold(complaint, "iopc.liaison", "Complaint concluded");
        assertThat(catalogue.recording(id).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RetentionStatus.DUE_FOR_DELETION);
            assertThat(r.deletionDate()).isEqualTo(LocalDate.of(2030, 7, 1));
        });
        retention.sweep();
        assertThat(catalogue.recording(id).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RetentionStatus.DELETED_AT_SOURCE);
            assertThat(r.deletedAtSource()).isEqualTo(LocalDate.of(2030, 7, 5));
        });
        assertThat(holds.holdsOn(id)).extracting(HoldSummary::active).containsExactly(false, false);
        assertThat(holds.holdsFor("IOPC-2030-0042")).extracting(HoldSummary::releaseReason)
                .containsExactly("Complaint concluded");
        assertThatThrownBy(() -> holds.placeHold(holdFor(id))).isInstanceOf(HoldRefusedException.class)
                .hasMessageContaining("Already deleted at source");
        assertThatThrownBy(() -> holds.releaseHold(request, "x", "y")).isInstanceOf(HoldRefusedException.class)
                .hasMessageContaining("already been released");
    }

    @Test
    void theSweepRecordsDeletionsOnTheDeletionDateNotBeforeAndCountsThemPerBoroughAndMonth() {
        clock.set(Instant.parse("2031-01-10T09:00:00Z"));
        retention.sweep();   // whatever other tests left due is recorded now, outside the months counted below
        var before = counts();
        String barking = "E09000002";
        String bexley = "E09000004";
        importRows(List.of(
                rows.row(1, barking, Instant.parse("2031-01-02T10:00:00Z"), false),    // deleted 2 February
                rows.row(2, barking, Instant.parse("2031-01-03T10:00:00Z"), false),    // 3 February
                rows.row(3, barking, Instant.parse("2031-01-03T10:00:00Z"), true),     // evidential: kept
                rows.row(4, bexley, Instant.parse("2031-01-09T23:30:00Z"), false)));   // deleted 9 February, recorded by the 1 March sweep

        clock.set(Instant.parse("2031-02-01T09:00:00Z"));
        assertThat(retention.sweep().markedDeleted()).isZero();
        clock.set(Instant.parse("2031-02-03T09:00:00Z"));
        assertThat(retention.sweep()).isEqualTo(new SweepResult(LocalDate.of(2031, 2, 3), 2));
        clock.set(Instant.parse("2031-03-01T09:00:00Z"));
        assertThat(retention.sweep().markedDeleted()).isEqualTo(1);

        var after = counts();
        var february = YearMonth.of(2031, 2);
        var march = YearMonth.of(2031, 3);
        assertThat(after.getOrDefault(barking + february, 0L) - before.getOrDefault(barking + february, 0L))
                .isEqualTo(2);
        assertThat(after.getOrDefault(bexley + march, 0L) - before.getOrDefault(bexley + march, 0L)).isEqualTo(1);
    }

    private Map<String, Long> counts() {
        var counts = new HashMap<String, Long>();
        retention.deletionsByBoroughAndMonth(YearMonth.of(2031, 1), YearMonth.of(2031, 3))
                .forEach(c -> counts.put(c.boroughCode() + c.month(), c.deletions()));
        return counts;
    }
}
