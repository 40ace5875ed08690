package org.candour.footage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.candour.support.ClockTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import through the application service, with batches of 10 rows so that batch boundaries show. */
@SpringBootTest(properties = "candour.footage.import.batch-size=10")
@Import(ClockTestConfiguration.class)
class FootageImportServiceIT {

    private static final Instant EVENING = Instant.parse("2026-11-20T21:00:00Z");

    @Autowired
    FootageImportService imports;
    @Autowired
    FootageCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private final FootageRows rows = new FootageRows();

    private ImportReport importCsv(List<String> lines) {
        return imports.importCsv(FootageRows.stream(FootageRows.csv(lines)), ImportProgress.Listener.NONE);
    }

    private List<String> validRows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> rows.row(n, EVENING.plusSeconds(60L * n))).toList();
    }

    private List<Map<String, Object>> storedRows() {
        return jdbc.queryForList("select * from recording where id like ? order by id", rows.likePattern());
    }

    @Test
    void validRowsAreImportedAndEachBadRowIsReportedWithItsLineAndReason() {
        var lines = new ArrayList<>(validRows(25));
        lines.set(3, lines.get(3).replace(FootageRows.LAMBETH, "E09000001"));     // line 5
        lines.set(10, lines.get(10).replace("stop_and_search", "traffic"));        // line 12
        lines.set(18, "only,three,fields");                                        // line 20

        var report = importCsv(lines);

        assertThat(report.completed()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(25);
        assertThat(report.inserted()).isEqualTo(22);
        assertThat(report.accepted()).isEqualTo(22);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(5L, 12L, 20L);
        assertThat(report.errors().get(0).reason()).contains("City of London");
        assertThat(report.errors().get(1).reason()).contains("category");
        assertThat(report.errors().get(2).reason()).contains("expected 8 fields like the header, found 3");
        assertThat(catalogue.recording(rows.id(1))).hasValueSatisfying(r -> {
            assertThat(r.boroughCode()).isEqualTo(FootageRows.LAMBETH);
            assertThat(r.category()).isEqualTo(RecordingCategory.STOP_AND_SEARCH);
            assertThat(r.deletionDate()).isEqualTo(LocalDate.of(2026, 12, 21));
            assertThat(r.atRisk()).isTrue();
        });
        assertThat(catalogue.recording(rows.id(4))).isEmpty();
    }

    @Test
    void reSendingTheSameFileChangesNothing() {
        var lines = validRows(23);
        assertThat(importCsv(lines).inserted()).isEqualTo(23);
        var before = storedRows();

        var again = importCsv(lines);

        assertThat(again).extracting(ImportReport::inserted, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(0L, 0L, 23L);
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void aChangedRowIsUpdatedInPlaceAndTheRestAreUnchanged() {
        var lines = new ArrayList<>(validRows(12));
        importCsv(lines);
        lines.set(6, rows.row(7, EVENING.plusSeconds(420), true));

        var report = importCsv(lines);

        assertThat(report).extracting(ImportReport::inserted, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(0L, 1L, 11L);
        assertThat(catalogue.recording(rows.id(7))).hasValueSatisfying(r -> {
            assertThat(r.evidential()).isTrue();
            assertThat(r.status()).isEqualTo(RetentionStatus.EVIDENTIAL);
            assertThat(r.deletionDate()).isNull();
        });
    }

    @Test
    void everyValueIsStoredExactlyAsSentAndReSendingItChangesNothing() {
        // Microseconds, and a start before 2000 (PostgreSQL's epoch), check the binary COPY's timestamps.
        String id = rows.id(1) + ":a/b_c.d";
        String csv = FootageRows.HEADER + "\n" + String.join(",", id, rows.camera(), FootageRows.LAMBETH,
                "1999-12-31T23:59:59.123456Z", "2000-01-01T00:10:00.000001Z", "arrest", "true", FootageRows.OFFICER)
                + "\n";

        var first = imports.importCsv(FootageRows.stream(csv), ImportProgress.Listener.NONE);
        var again = imports.importCsv(FootageRows.stream(csv), ImportProgress.Listener.NONE);

        assertThat(first.inserted()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        var stored = jdbc.queryForMap("select camera_id, start_at, end_at, duration_seconds, category, evidential, "
                + "officer_key from recording where id = ?", id);
        assertThat(stored.get("camera_id")).isEqualTo(rows.camera());
        assertThat(instant(stored.get("start_at"))).isEqualTo(Instant.parse("1999-12-31T23:59:59.123456Z"));
        assertThat(instant(stored.get("end_at"))).isEqualTo(Instant.parse("2000-01-01T00:10:00.000001Z"));
        assertThat(((Number) stored.get("duration_seconds")).intValue()).isEqualTo(600);
        assertThat(stored.get("category")).isEqualTo("ARREST");
        assertThat(stored.get("evidential")).isEqualTo(true);
        assertThat(stored.get("officer_key")).isEqualTo(FootageRows.OFFICER);
        assertThat(jdbc.queryForObject("select deletion_date from recording where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.parse("2000-01-31"));
    }

    private static Instant instant(Object timestamp) {
        return switch (timestamp) {
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp sql -> sql.toInstant();
            default -> throw new AssertionError("not a timestamp: " + timestamp);
        };
    }

    @Test
    void columnsMayComeInAnyOrderWithExtraColumnsAndQuotedValues() {
        String csv = "\"officer_key\",notes,recording_id,camera_id,borough_code,start,end,category,evidential\r\n"
                + FootageRows.OFFICER + ",\"stopped near the station, \"\"calm\"\"\"," + rows.id(1) + ","
                + rows.camera() + "," + FootageRows.LAMBETH + ",2026-11-20T21:00:00Z,2026-11-20T21:20:00Z,"
                + "\"Stop and search\",no\r\n";

        var report = imports.importCsv(FootageRows.stream(csv), ImportProgress.Listener.NONE);

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(catalogue.recording(rows.id(1))).isPresent();
    }

    @Test
    void whenTheDatabaseRefusesABatchNothingOfThatBatchIsAppliedAndTheReportSaysWhatWas() {
        var lines = new ArrayList<>(validRows(25));
        lines.set(14, lines.get(14).replace(rows.id(15), rows.id(15) + "-POISON"));   // line 16, second batch
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        if (postgres) {
            jdbc.execute("create or replace function refuse_marked_rows() returns trigger language plpgsql as $$ "
                    + "begin if new.id like '%POISON%' then raise exception 'refused by test trigger'; end if; "
                    + "return new; end $$");
            jdbc.execute("create trigger refuse_marked_rows before insert on recording for each row "
                    + "execute function refuse_marked_rows()");
        } else {
            jdbc.execute("create trigger refuse_marked_rows before insert on recording for each row call \""
                    + RefuseMarkedRows.class.getName() + "\"");
        }
        ImportReport report;
        try {
            report = importCsv(lines);
        } finally {
            jdbc.execute("drop trigger refuse_marked_rows" + (postgres ? " on recording" : ""));
        }

        assertThat(report.completed()).isFalse();
        assertThat(report.inserted()).isEqualTo(10);
        assertThat(report.failure()).contains("lines 12 to 21", "before line 12 was applied");
        assertThat(storedRows()).hasSize(10);

        var resent = importCsv(lines);
        assertThat(resent).extracting(ImportReport::inserted, ImportReport::unchanged).containsExactly(15L, 10L);
    }

    @Test
    void jsonLinesAreImportedLikeCsvAndABadLineIsReportedByNumber() {
        String json = """
                {"recording_id":"%s","camera_id":"%s","borough_code":"E09000022","start":"2026-11-20T21:00:00Z","end":"2026-11-20T21:05:00Z","category":"arrest","evidential":true,"officer_key":"%s"}

                not json at all
                {"recording_id":"%s","camera_id":"%s","borough_code":"E09000022","start":"2026-11-20T21:00:00Z","category":"arrest","evidential":false,"officer_key":"%s"}
                """.formatted(rows.id(1), rows.camera(), FootageRows.OFFICER, rows.id(2), rows.camera(),
                FootageRows.OFFICER);

        var report = imports.importJsonLines(FootageRows.stream(json), ImportProgress.Listener.NONE);

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.errors()).containsExactly(new ImportReport.RowError(3, "the line is not valid JSON"),
                new ImportReport.RowError(4, "end is missing"));
        assertThat(catalogue.recording(rows.id(1))).hasValueSatisfying(r -> assertThat(r.evidential()).isTrue());
    }

    @Test
    void aBatchMixingNewAndKnownRecordingsInsertsTheNewAndLeavesTheKnown() {
        var lines = new ArrayList<>(validRows(5));
        importCsv(lines);
        var before = storedRows();
        lines.add(2, rows.row(6, EVENING.plusSeconds(360)));

        var report = importCsv(lines);

        assertThat(report).extracting(ImportReport::inserted, ImportReport::updated, ImportReport::unchanged)
                .containsExactly(1L, 0L, 5L);
        assertThat(storedRows()).hasSize(6).containsAll(before);
        assertThat(catalogue.recording(rows.id(6))).isPresent();
    }

    @Test
    void theSameRecordingTwiceInOneFileEndsAsItsLaterRow() {
        var report = importCsv(List.of(rows.row(1, EVENING), rows.row(2, EVENING), rows.row(1, EVENING, true)));

        assertThat(report).extracting(ImportReport::inserted, ImportReport::updated).containsExactly(2L, 1L);
        assertThat(catalogue.recording(rows.id(1))).hasValueSatisfying(r -> assertThat(r.evidential()).isTrue());
    }

    @Test
    void newAndChangedRecordingsMarkTheirMonthsAndANewCameraTakesTheBoroughOfItsFirstRow() {
        Instant march = Instant.parse("2026-03-10T12:00:00Z");
        Instant june = Instant.parse("2026-06-10T12:00:00Z");
        var lines = new ArrayList<>(List.of(rows.row(1, march), rows.row(2, "E09000028", march, false)));
        int marchMarks = marks("2026-03-01");
        importCsv(lines);
        assertThat(marks("2026-03-01")).isEqualTo(marchMarks + 1);
        assertThat(jdbc.queryForObject("select borough_code from camera where id = ?", String.class, rows.camera()))
                .isEqualTo(FootageRows.LAMBETH);

        importCsv(lines);
        assertThat(marks("2026-03-01")).as("an unchanged file marks nothing").isEqualTo(marchMarks + 1);

        lines.set(0, rows.row(1, june));
        int juneMarks = marks("2026-06-01");
        assertThat(importCsv(lines)).extracting(ImportReport::updated, ImportReport::unchanged)
                .containsExactly(1L, 1L);
        assertThat(marks("2026-03-01")).as("the month it left").isEqualTo(marchMarks + 2);
        assertThat(marks("2026-06-01")).as("the month it moved to").isEqualTo(juneMarks + 1);
    }

    private int marks(String monthStart) {
        Integer count = jdbc.queryForObject("select count(*) from footage_month_change where month_start = ?",
                Integer.class, LocalDate.parse(monthStart));
        return count == null ? 0 : count;
    }

    @Test
    void theErrorListIsBoundedButEveryRejectedRowIsCounted() {
        var lines = IntStream.rangeClosed(1, 1_200).mapToObj(n -> "x,y").toList();

        var report = importCsv(lines);

        assertThat(report.rejected()).isEqualTo(1_200);
        assertThat(report.errors()).hasSize(ImportReport.MAX_ERRORS_LISTED);
        assertThat(report.errorsNotListed()).isEqualTo(200);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsUnreadableAndNothingIsApplied() {
        assertThatThrownBy(() -> imports.importCsv(FootageRows.stream("recording_id,start\nR1,2026-11-20T21:00:00Z\n"),
                ImportProgress.Listener.NONE))
                .isInstanceOf(UnreadableImportException.class)
                .hasMessageContaining("camera_id, borough_code, end, category, evidential, officer_key");
        assertThatThrownBy(() -> imports.importCsv(FootageRows.stream(""), ImportProgress.Listener.NONE))
                .isInstanceOf(UnreadableImportException.class).hasMessageContaining("empty");
    }

    @Test
    void progressIsReportedAfterEachBatch() {
        var seen = new ArrayList<ImportProgress>();

        imports.importCsv(FootageRows.stream(FootageRows.csv(validRows(25))), seen::add);

        assertThat(seen).extracting(ImportProgress::accepted).containsSubsequence(10L, 20L, 25L);
        assertThat(seen.getLast().rowsRead()).isEqualTo(25);
        assertThat(seen.getLast().bytesRead()).isEqualTo(FootageRows.csv(validRows(25)).length());
    }
}
