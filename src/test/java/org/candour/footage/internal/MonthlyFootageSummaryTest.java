package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.candour.footage.MonthlyFootage;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The monthly summary (V22) gives exactly the figures of the live query over the recordings (itself checked row by
 * row in {@link MonthlyFootageQueryTest}), for whole and part months, after imports, re-imports that move a
 * recording to another borough or month or change what it counts towards, retention sweeps, and the migration of a
 * catalogue that existed before the summary.
 */
class MonthlyFootageSummaryTest {

    private static final LocalDate FROM = LocalDate.of(2028, 11, 1);
    private static final LocalDate TO = LocalDate.of(2030, 2, 28);
    private static final List<String> BOROUGHS = Boroughs.policedByTheMet().stream().map(Borough::gssCode).toList();
    private static final Instant FIRST = LocalDate.of(2028, 10, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final long SPAN = LocalDate.of(2030, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
            - FIRST.getEpochSecond();

    private final Random random = new Random(7);
    private final List<Recording> catalogue = new ArrayList<>();
    private Connection keepAlive;
    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private RecordingWriter writer;
    private MonthlyFootageSummary summary;

    @BeforeEach
    void database() throws Exception {
        String url = "jdbc:h2:mem:footage-summary-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        dataSource = new DriverManagerDataSource(url, "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        writer = new RecordingWriter(jdbc, CatalogueDialect.H2);
        summary = new MonthlyFootageSummary(jdbc);
    }

    @AfterEach
    void close() throws Exception {
        keepAlive.close();
    }

    @Test
    void importedRecordingsGiveTheLiveFigures() {
        migrate(null);
        importRecordings(3_000);
        assertSummaryEqualsLiveQuery();
        assertThat(marks()).isZero();
    }

    @Test
    void reImportsThatMoveOrChangeRecordingsKeepTheFiguresExact() {
        migrate(null);
        importRecordings(3_000);
        assertSummaryEqualsLiveQuery();
        // One at a time, so no other change in the batch happens to mark the month a change must mark itself.
        for (int i = 0; i < 400; i += 50) {
            Recording r = catalogue.get(i);
            Recording changed = switch (i / 50 % 4) {
                case 0 -> copy(r, BOROUGHS.get((BOROUGHS.indexOf(r.boroughCode()) + 1) % BOROUGHS.size()), r.start(),
                        r.evidential(), r.category());
                case 1 -> copy(r, r.boroughCode(), r.start().minusSeconds(40L * 86_400), r.evidential(), r.category());
                case 2 -> copy(r, r.boroughCode(), r.start(), !r.evidential(), r.category());
                default -> copy(r, r.boroughCode(), r.start(), r.evidential(), RecordingCategory.STOP_AND_SEARCH);
            };
            writer.write(List.of(changed));
            assertSummaryEqualsLiveQuery();
        }
    }

    @Test
    void anUnchangedReImportMarksNothing() {
        migrate(null);
        importRecordings(500);
        summary.refreshChangedMonths();
        writer.write(catalogue);
        assertThat(marks()).isZero();
    }

    @Test
    void sweepsKeepTheDeletionCountsExact() {
        migrate(null);
        importRecordings(3_000);
        assertSummaryEqualsLiveQuery();
        var sweeper = new RetentionSweeper(jdbc);
        for (LocalDate day = LocalDate.of(2029, 1, 1); day.isBefore(LocalDate.of(2029, 9, 1)); day = day.plusDays(9)) {
            sweeper.sweep(day);
            sweeper.sweep(day);
        }
        assertSummaryEqualsLiveQuery();
    }

    @Test
    void wholeMonthsAreReadFromTheSummaryNotTheRecordings() {
        migrate(null);
        importRecordings(500);
        summary.refreshChangedMonths();
        jdbc.update("delete from recording");
        assertThat(summary.byBoroughAndMonth(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31))).isNotEmpty();
        assertThat(summary.byBoroughAndMonth(LocalDate.of(2029, 1, 2), LocalDate.of(2029, 1, 30))).isEmpty();
    }

    @Test
    void theMigrationSummarisesACatalogueThatExistedBeforeIt() {
        migrate("21");
        for (int i = 0; i < 2_000; i++) {
            Recording r = recording("R" + i, FIRST.plusSeconds((long) (random.nextDouble() * SPAN)));
            jdbc.update("insert into recording (id, camera_id, borough_code, start_at, end_at, duration_seconds, "
                            + "category, evidential, officer_key, deletion_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.cameraId(), r.boroughCode(), r.start().atOffset(ZoneOffset.UTC),
                    r.end().atOffset(ZoneOffset.UTC), r.duration().toSeconds(), r.category().name(), r.evidential(),
                    r.officerKey(), r.deletionDate());
        }
        migrate(null);
        assertThat(marks()).isPositive();
        assertSummaryEqualsLiveQuery();
    }

    private void assertSummaryEqualsLiveQuery() {
        var live = new MonthlyFootageQuery(jdbc);
        for (LocalDate[] period : List.of(new LocalDate[] {FROM, TO},
                new LocalDate[] {LocalDate.of(2028, 11, 15), LocalDate.of(2030, 1, 20)},
                new LocalDate[] {LocalDate.of(2029, 3, 1), LocalDate.of(2029, 3, 20)},
                new LocalDate[] {LocalDate.of(2029, 3, 5), LocalDate.of(2029, 3, 31)},
                new LocalDate[] {LocalDate.of(2029, 6, 30), LocalDate.of(2029, 7, 1)})) {
            List<MonthlyFootage> expected = sorted(live.byBoroughAndMonth(period[0], period[1]));
            assertThat(expected).isNotEmpty();
            assertThat(sorted(summary.byBoroughAndMonth(period[0], period[1])))
                    .as("%s to %s", period[0], period[1]).isEqualTo(expected);
        }
    }

    private void importRecordings(int count) {
        var batch = new ArrayList<Recording>();
        for (int i = 0; i < count; i++) {
            Instant start = FIRST.plusSeconds((long) (random.nextDouble() * SPAN));
            batch.add(recording("R" + (catalogue.size() + batch.size()), start));
        }
        // Around London midnight at the turn of a month, in winter (UTC) and in summer (UTC+1).
        for (String start : List.of("2029-01-31T23:59:59Z", "2029-02-01T00:00:00Z", "2029-06-30T22:59:59Z",
                "2029-06-30T23:00:00Z")) {
            batch.add(recording("R" + (catalogue.size() + batch.size()), Instant.parse(start)));
        }
        catalogue.addAll(batch);
        for (int from = 0; from < batch.size(); from += 400) {
            writer.write(batch.subList(from, Math.min(from + 400, batch.size())));
        }
    }

    private Recording recording(String id, Instant start) {
        return new Recording(id, "CAM-" + random.nextInt(40), BOROUGHS.get(random.nextInt(4)), start,
                start.plusSeconds(60 + random.nextInt(3_000)), RecordingCategory.values()[random.nextInt(3)],
                random.nextInt(7) == 0, "k");
    }

    private static Recording copy(Recording r, String borough, Instant start, boolean evidential,
                                  RecordingCategory category) {
        return new Recording(r.id(), r.cameraId(), borough, start, start.plus(r.duration()), category, evidential,
                r.officerKey());
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .placeholders(Map.of("binary", "varbinary", "text", "clob", "referencestart", "1"));
        if (target != null) {
            flyway.target(MigrationVersion.fromVersion(target));
        }
        flyway.load().migrate();
    }

    private int marks() {
        return jdbc.queryForObject("select count(*) from footage_month_change", Integer.class);
    }

    private static List<MonthlyFootage> sorted(List<MonthlyFootage> figures) {
        return figures.stream().sorted(Comparator.comparing(MonthlyFootage::month)
                .thenComparing(MonthlyFootage::boroughCode)).toList();
    }
}
