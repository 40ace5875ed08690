package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.candour.footage.MonthlyFootage;
import org.candour.shared.LondonTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The monthly figures of the catalogue equal the figures worked out row by row in Java, including recordings that
 * start around London midnight at a month's turn (the month is the London month of start).
 */
class MonthlyFootageQueryTest {

    private record Row(String id, String camera, String borough, Instant start, int seconds, String category,
                       boolean evidential, LocalDate deletedAtSource) {

        LocalDate londonStart() {
            return start.atZone(LondonTime.ZONE).toLocalDate();
        }
    }

    private static final LocalDate FROM = LocalDate.of(2028, 11, 15);
    private static final LocalDate TO = LocalDate.of(2030, 1, 20);
    private static final List<Row> ROWS = new ArrayList<>();
    private static JdbcTemplate jdbc;
    private static Connection keepAlive;

    @BeforeAll
    static void catalogue() throws Exception {
        String url = "jdbc:h2:mem:monthly-footage;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource)
                .placeholders(Map.of("binary", "varbinary", "text", "clob", "referencestart", "1")).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        var random = new Random(42);
        Instant first = LocalDate.of(2028, 10, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = LocalDate.of(2030, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - first.getEpochSecond();
        String[] categories = {"STOP_AND_SEARCH", "ARREST", "OTHER"};
        for (int i = 0; i < 3_000; i++) {
            Instant start = first.plusSeconds((long) (random.nextDouble() * span));
            ROWS.add(row(i, random, start, categories));
        }
        // Around London midnight at the turn of a month, in winter (UTC) and in summer (UTC+1).
        for (Instant start : List.of(Instant.parse("2029-01-31T23:59:59Z"), Instant.parse("2029-02-01T00:00:00Z"),
                Instant.parse("2029-06-30T22:59:59Z"), Instant.parse("2029-06-30T23:00:00Z"),
                Instant.parse("2028-11-14T23:59:59Z"), Instant.parse("2028-11-15T00:00:00Z"),
                Instant.parse("2030-01-20T23:59:59Z"), Instant.parse("2030-01-21T00:00:00Z"))) {
            ROWS.add(row(ROWS.size(), random, start, categories));
        }
        for (Row r : ROWS) {
            jdbc.update("insert into recording (id, camera_id, borough_code, start_at, end_at, duration_seconds, "
                            + "category, evidential, officer_key, deletion_date, deleted_at_source, hold_count) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, 'k', ?, ?, 0)", r.id(), r.camera(), r.borough(),
                    r.start().atOffset(ZoneOffset.UTC), r.start().plusSeconds(r.seconds()).atOffset(ZoneOffset.UTC),
                    r.seconds(), r.category(), r.evidential(), r.londonStart().plusDays(31), r.deletedAtSource());
        }
    }

    private static Row row(int i, Random random, Instant start, String[] categories) {
        boolean evidential = random.nextInt(7) == 0;
        LocalDate london = start.atZone(LondonTime.ZONE).toLocalDate();
        return new Row("R" + i, "CAM-" + random.nextInt(40), "E0900000" + (2 + random.nextInt(4)), start,
                60 + random.nextInt(3_000), categories[random.nextInt(3)], evidential,
                !evidential && random.nextBoolean() ? london.plusDays(31) : null);
    }

    @AfterAll
    static void close() throws Exception {
        keepAlive.close();
    }

    @Test
    void theFiguresEqualTheFiguresWorkedOutRowByRow() {
        List<MonthlyFootage> expected = expected();
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(sorted(new MonthlyFootageQuery(jdbc).byBoroughAndMonth(FROM, TO))).isEqualTo(expected);
    }

    private static List<MonthlyFootage> expected() {
        record Key(String borough, YearMonth month) {
        }
        Map<Key, List<Row>> groups = new HashMap<>();
        for (Row r : ROWS) {
            if (!r.londonStart().isBefore(FROM) && !r.londonStart().isAfter(TO)) {
                groups.computeIfAbsent(new Key(r.borough(), YearMonth.from(r.londonStart())), k -> new ArrayList<>())
                        .add(r);
            }
        }
        var figures = new ArrayList<MonthlyFootage>();
        groups.forEach((key, rows) -> {
            Set<String> cameras = new HashSet<>();
            rows.forEach(r -> cameras.add(r.camera()));
            figures.add(new MonthlyFootage(key.borough(), key.month(), cameras.size(), rows.size(),
                    rows.stream().mapToLong(Row::seconds).sum(), rows.stream().filter(Row::evidential).count(),
                    rows.stream().filter(r -> r.deletedAtSource() != null).count(),
                    rows.stream().filter(r -> r.category().equals("STOP_AND_SEARCH")).count()));
        });
        return sorted(figures);
    }

    private static List<MonthlyFootage> sorted(List<MonthlyFootage> figures) {
        return figures.stream().sorted(Comparator.comparing(MonthlyFootage::month)
                .thenComparing(MonthlyFootage::boroughCode)).toList();
    }
}
