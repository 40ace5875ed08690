package org.candour.footage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.candour.benchmark.BenchmarkPortal;
import org.candour.benchmark.BenchmarkPostgres;
import org.candour.benchmark.BenchmarkReport;
import org.candour.footage.domain.RetentionRule;
import org.candour.footage.internal.CatalogueDialect;
import org.candour.footage.internal.DemoFootageGenerator;
import org.candour.footage.internal.RecordingBatchWriter;
import org.candour.footage.internal.RecordingColumns;
import org.candour.footage.internal.RecordingImporter;
import org.candour.footage.internal.RecordingRowParser;
import org.candour.footage.internal.RetentionSweeper;
import org.candour.shared.LondonTime;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import and sweep at Met scale, against an H2 file database and then a PostgreSQL schema (see
 * {@link BenchmarkPostgres}; skipped with a message if no server answers), each with the real schema (Flyway) and
 * the real importer reading a generated CSV file (kept under target/benchmark for the next run). On PostgreSQL each
 * import is followed by a raw COPY of the same file into an empty table, the baseline of the import's ratio.
 * Not a test: the suite runs it,
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.only=footage [-Dbenchmark.recordings=4300000]}.
 * After an unreported warm-up import of {@code benchmark.warmup-rows} rows (500,000; 0 for none), imports the file
 * {@code runs} times into a fresh database; on the last one it re-sends the file and times three
 * daily sweeps over the whole catalogue ({@code -Dbenchmark.sweeps=false} skips that part). Optional:
 * {@code -Dbenchmark.backlog-sweep=true} also times one sweep that marks the whole history at once (minutes on H2),
 * {@code -Dbenchmark.reuse-database=true} sweeps the database of the previous run without importing again,
 * {@code -Dbenchmark.databases=postgresql} runs on one database only. Prints
 * min/median/max and writes {@code target/benchmarks/footage.json}.
 */
public final class FootageBenchmark {

    private static final Path DIR = Path.of("target", "benchmark");
    private static final Instant UNTIL = Instant.parse("2026-11-26T00:00:00Z");
    private static final Set<String> DB_FILES = Set.of(".mv.db", ".trace.db");

    private final long recordings;
    private final int runs;
    private final boolean sweeps;
    private final Map<String, List<Double>> cpuRates = new LinkedHashMap<>();
    private final Map<String, List<Double>> threadCpuRates = new LinkedHashMap<>();
    private final boolean reuseDatabase = Boolean.getBoolean("benchmark.reuse-database");
    private final boolean backlogSweep = Boolean.getBoolean("benchmark.backlog-sweep");
    private final long warmupRows = Long.getLong("benchmark.warmup-rows", 500_000);
    private static final int BATCH_SIZE = Integer.getInteger("benchmark.batch-size", 5_000);
    /** Batches written at once on PostgreSQL (the application's default); H2 writes one. */
    private static final int IMPORT_WRITERS = Integer.getInteger("benchmark.import-writers", 2);

    private FootageBenchmark(long recordings, int runs, boolean sweeps) {
        this.recordings = recordings;
        this.runs = runs;
        this.sweeps = sweeps;
    }

    public static void main(String[] args) throws Exception {
        long recordings = Long.getLong("benchmark.recordings", 4_300_000L);
        int runs = Integer.getInteger("benchmark.runs", 3);
        boolean sweeps = Boolean.parseBoolean(System.getProperty("benchmark.sweeps", "true"));
        new FootageBenchmark(recordings, runs, sweeps).run();
    }

    /** The database a run imports into. */
    private enum Target {
        H2("H2"), POSTGRESQL("PostgreSQL");

        private final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** The figures of one database. */
    private static final class Figures {
        final List<Double> importRates = new ArrayList<>();
        final List<Double> rawCopyRates = new ArrayList<>();
        final List<Double> reimportRates = new ArrayList<>();
        final List<Double> fullSweeps = new ArrayList<>();
        final List<Double> dailySweeps = new ArrayList<>();
    }

    private void run() throws Exception {
        Files.createDirectories(DIR);
        Path csv = DIR.resolve("recordings-" + recordings + ".csv");
        double generateSeconds = writeCsvIfMissing(csv, recordings);
        var postgres = BenchmarkPostgres.reachable();
        var figures = new LinkedHashMap<Target, Figures>();
        var databases = Set.of(System.getProperty("benchmark.databases", "h2,postgresql").toLowerCase(Locale.ROOT)
                .split(","));
        for (Target target : Target.values()) {
            if (!databases.contains(target.name().toLowerCase(Locale.ROOT))
                    || target == Target.POSTGRESQL && postgres.isEmpty()) {
                continue;
            }
            figures.put(target, measure(target, postgres.orElse(null), csv));
        }
        var report = new BenchmarkReport("footage");
        report.context("recordings", recordings);
        report.context("csv_bytes", Files.size(csv));
        report.context("csv_generation_s", String.format(Locale.ROOT, "%.1f", generateSeconds));
        report.context("warmup_rows", warmupRows);
        report.context("batch_size", BATCH_SIZE);
        report.context("import_writers_postgresql", IMPORT_WRITERS);
        report.context("postgresql", postgres.map(BenchmarkPostgres::url).orElse("not reachable, skipped"));
        report.context("cpus", Runtime.getRuntime().availableProcessors());
        report.context("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figures.forEach((target, f) -> addFigures(report, target, f));
        report.print();
        System.out.println("JSON: " + report.writeJson().toAbsolutePath());
    }

    private Figures measure(Target target, @Nullable BenchmarkPostgres postgres, Path csv) throws Exception {
        var f = new Figures();
        var firstDeletionDate = FootageRetention.deletionDate(new DemoFootageGenerator(2014, recordings, UNTIL).from());
        var today = LondonTime.today(Clock.fixed(UNTIL, ZoneOffset.UTC));
        System.out.printf("%n--- %s%n", target.label);
        warmUp(target, postgres);
        for (int run = 1; run <= runs; run++) {
            try (var db = new Database(target, postgres, !reuseDatabase)) {
                if (!reuseDatabase) {
                    f.importRates.add(importRate(db, csv, target.label + " import", recordings));
                    if (target == Target.POSTGRESQL) {
                        f.rawCopyRates.add(db.rawCopyRate(csv, recordings));
                    }
                }
                if (run < runs || !sweeps) {
                    continue;
                }
                if (!reuseDatabase) {
                    f.reimportRates.add(importRate(db, csv, target.label + " re-import (unchanged)", 0));
                }
                if (backlogSweep) {
                    long start = System.nanoTime();
                    long marked = db.sweep(today);
                    f.fullSweeps.add(seconds(start));
                    System.out.printf("first sweep over the whole history of %,d recordings marked %,d in %.2f s%n",
                            recordings, marked, f.fullSweeps.getLast());
                }
                // Daily sweeps over the whole catalogue: each finds the one day of recordings that has come due. If
                // the history has been swept, those are the days after it (steady state); if not, the first days of
                // the history, with the later days not due yet. Either way the index range holds one day's rows.
                LocalDate swept = db.jdbc.queryForObject("select max(deleted_at_source) from recording",
                        LocalDate.class);
                LocalDate firstDay = swept == null ? firstDeletionDate : swept.plusDays(1);
                for (int day = 0; day < 3; day++) {
                    long start = System.nanoTime();
                    long daily = db.sweep(firstDay.plusDays(day));
                    f.dailySweeps.add(seconds(start));
                    System.out.printf("%s daily sweep over %,d recordings marked %,d in %.3f s%n", target.label,
                            recordings, daily, f.dailySweeps.getLast());
                }
            }
        }
        return f;
    }

    private void addFigures(BenchmarkReport report, Target target, Figures f) {
        String on = target == Target.H2 ? "" : " (" + target.label + ")";
        if (!f.importRates.isEmpty()) {
            double goal = target == Target.H2 ? 50_000 : 100_000;
            report.add("import into " + target.label + ", new rows", "rows/s", array(f.importRates),
                    String.format(Locale.ROOT, ">= %.0f", goal), BenchmarkReport.median(array(f.importRates)) >= goal);
            report.add("import, rows per CPU-second of the whole JVM" + on, "rows/s",
                    array(cpuRates.get(target.label + " import")));
            report.add("import, rows per CPU-second of the importing thread" + on, "rows/s",
                    array(threadCpuRates.get(target.label + " import")));
        }
        if (!f.rawCopyRates.isEmpty()) {
            report.add("raw COPY of the same file into an empty table" + on, "rows/s", array(f.rawCopyRates));
            double[] ratios = new double[f.rawCopyRates.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = f.importRates.get(i) / f.rawCopyRates.get(i);
            }
            report.add("import rate / raw COPY rate, same run" + on, "ratio", ratios, ">= 0.6",
                    BenchmarkReport.median(ratios) >= 0.6);
        }
        if (!f.reimportRates.isEmpty()) {
            report.add("re-sending the same file (every row unchanged)" + on, "rows/s", array(f.reimportRates));
        }
        if (!f.fullSweeps.isEmpty()) {
            report.add("first sweep over the whole history at once" + on, "s", array(f.fullSweeps));
        }
        if (!f.dailySweeps.isEmpty()) {
            report.add("daily retention sweep over the whole catalogue" + on, "s", array(f.dailySweeps), "< 10 s",
                    BenchmarkReport.median(array(f.dailySweeps)) < 10);
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A first, unreported import of a smaller file, so that the measured runs do not include JIT compilation. */
    private void warmUp(Target target, @Nullable BenchmarkPostgres postgres) throws Exception {
        if (warmupRows <= 0 || reuseDatabase) {
            return;
        }
        Path csv = DIR.resolve("recordings-" + warmupRows + ".csv");
        writeCsvIfMissing(csv, warmupRows);
        try (var db = new Database(target, postgres, true)) {
            importRate(db, csv, "warm-up (not reported)", warmupRows);
        }
    }

    private double importRate(Database db, Path csv, String what, long expectedInserts) throws IOException {
        long cpuStart = processCpuNanos();
        long threadCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ImportReport report;
        try (InputStream in = Files.newInputStream(csv)) {
            report = db.imports.importCsv(in, ImportProgress.Listener.NONE);
        }
        double seconds = seconds(start);
        if (!report.completed() || report.rejected() > 0 || report.inserted() != expectedInserts) {
            throw new IllegalStateException("Unexpected import report: " + report);
        }
        double rate = report.rowsRead() / seconds;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // The importing thread writes every batch: on an idle machine its CPU time bounds the import's wall time.
        double threadCpuSeconds =
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
        cpuRates.computeIfAbsent(what, k -> new ArrayList<>()).add(report.rowsRead() / cpuSeconds);
        threadCpuRates.computeIfAbsent(what, k -> new ArrayList<>()).add(report.rowsRead() / threadCpuSeconds);
        System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s (%s); %.1f s of CPU = %,.0f rows per CPU second; "
                        + "%.1f s of the importing thread = %,.0f rows per second of it; load average %.2f%n",
                what, report.rowsRead(), seconds, rate,
                report.inserted() > 0 ? report.inserted() + " inserted" : report.unchanged() + " unchanged",
                cpuSeconds, report.rowsRead() / cpuSeconds, threadCpuSeconds, report.rowsRead() / threadCpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return rate;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), to see past other load on the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double writeCsvIfMissing(Path csv, long recordings) throws IOException {
        if (Files.exists(csv)) {
            return 0;
        }
        long start = System.nanoTime();
        Path partial = csv.resolveSibling(csv.getFileName() + ".partial");
        var generator = new DemoFootageGenerator(2014, recordings, UNTIL);
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(RecordingColumns.HEADER);
            out.write('\n');
            for (var it = generator.recordings(); it.hasNext(); ) {
                out.write(FootageRows.line(it.next()));
                out.write('\n');
            }
        }
        Files.move(partial, csv);
        System.out.printf("generated %,d rows (%,d bytes) in %.1f s%n", recordings, Files.size(csv), seconds(start));
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * A fresh H2 file database, or a fresh PostgreSQL schema, migrated by Flyway, and the catalogue's real import
     * (the writer the application picks for that database) and sweep on top.
     */
    private static final class Database implements AutoCloseable {

        private static final String SCHEMA = "benchmark_footage";

        private final Target target;
        private final DataSource dataSource;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;
        private final FootageImportService imports;
        private final RetentionSweeper sweeper;

        Database(Target target, @Nullable BenchmarkPostgres postgres, boolean fresh) throws Exception {
            this.target = target;
            Map<String, String> placeholders;
            if (target == Target.H2) {
                for (String suffix : fresh ? DB_FILES : Set.<String>of()) {
                    Files.deleteIfExists(DIR.resolve("footage" + suffix));
                }
                String url = BenchmarkPortal.applicationH2Url(DIR.toAbsolutePath().resolve("footage"), "");
                System.out.println("database: " + url);
                dataSource = new SingleConnectionDataSource(connect(url), true);
                placeholders = Map.of("binary", "varbinary", "text", "clob", "referencestart", "1");
            } else {
                Objects.requireNonNull(postgres, "no PostgreSQL server");
                System.out.println("database: " + postgres.urlWithSchema(SCHEMA));
                if (fresh) {
                    postgres.freshSchema(SCHEMA).close();
                }
                // A pool, as the application has: the import writes batches on connections of their own.
                var pool = new HikariDataSource();
                pool.setJdbcUrl(postgres.urlWithSchema(SCHEMA));
                pool.setUsername(postgres.user());
                pool.setPassword(postgres.password());
                pool.setMaximumPoolSize(IMPORT_WRITERS + 2);   // and the import's turn, and the raw COPY
                dataSource = pool;
                placeholders = Map.of("binary", "bytea", "text", "text", "referencestart", "1");
            }
            if (fresh) {
                var flyway = Flyway.configure().dataSource(dataSource).placeholders(placeholders);
                if (target == Target.POSTGRESQL) {
                    flyway.schemas(SCHEMA).defaultSchema(SCHEMA)
                            .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
                }
                flyway.load().migrate();
            }
            jdbc = new JdbcTemplate(dataSource);
            transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            var dialect = CatalogueDialect.of(dataSource);
            var importer = new RecordingImporter(RecordingBatchWriter.of(jdbc, dialect), transaction,
                    new RecordingRowParser(Clock.fixed(UNTIL, ZoneOffset.UTC)), BATCH_SIZE,
                    RecordingBatchWriter.writersFor(dialect, IMPORT_WRITERS));
            imports = new FootageImportService(importer);
            sweeper = new RetentionSweeper(jdbc);
        }

        /**
         * The baseline: PostgreSQL's own COPY of the same CSV file, through the same driver, into an empty table of
         * the file's columns with the catalogue's types and primary key (no checks, no derived columns).
         */
        double rawCopyRate(Path csv, long expectedRows) throws Exception {
            jdbc.execute("drop table if exists recording_raw");
            jdbc.execute("create table recording_raw (id varchar(64) primary key, camera_id varchar(64) not null, "
                    + "borough_code varchar(9) not null, start_at timestamp with time zone not null, "
                    + "end_at timestamp with time zone not null, category varchar(16) not null, "
                    + "evidential boolean not null, officer_key varchar(128) not null)");
            long start = System.nanoTime();
            long rows;
            try (InputStream in = Files.newInputStream(csv); Connection connection = dataSource.getConnection()) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy recording_raw from stdin (format csv, header true)", in, 1 << 16);
            }
            double rate = rows / seconds(start);
            if (rows != expectedRows) {
                throw new IllegalStateException("raw COPY loaded " + rows + " rows, not " + expectedRows);
            }
            System.out.printf("raw COPY of the same file: %,d rows = %,.0f rows/s%n", rows, rate);
            jdbc.execute("drop table recording_raw");
            return rate;
        }

        private static Connection connect(String url) {
            try {
                return DriverManager.getConnection(url, "sa", "");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        int sweep(LocalDate today) {
            Integer marked = transaction.execute(status -> sweeper.sweep(today));
            return marked == null ? 0 : marked;
        }

        @Override
        public void close() {
            if (target == Target.H2) {
                jdbc.execute("shutdown");
            }
            switch (dataSource) {
                case SingleConnectionDataSource single -> single.destroy();
                case HikariDataSource pool -> pool.close();
                default -> throw new IllegalStateException("unknown data source " + dataSource);
            }
        }
    }
}
