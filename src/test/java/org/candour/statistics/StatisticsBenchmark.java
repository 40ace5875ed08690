package org.candour.statistics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.candour.benchmark.BenchmarkPortal;
import org.candour.benchmark.BenchmarkPostgres;
import org.candour.benchmark.BenchmarkReport;
import org.candour.benchmark.PageVisit;
import org.candour.footage.FootageFigures;
import org.candour.footage.internal.MonthlyFootageQuery;
import org.candour.requests.RequestFigures;
import org.candour.statistics.domain.ReleaseBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Statistics benchmark (not a test): on H2 and then on PostgreSQL (a fresh schema on the server of
 * {@link BenchmarkPostgres}; {@code -Dbenchmark.postgres-url=none} for H2 alone), fills the database with {@code benchmark.recordings} recordings over 36
 * months and {@code benchmark.requests} requests (generated in SQL), then times, in the same run:
 * <ul>
 * <li>building and freezing a release through {@link StatisticsReleases#publish} (goal: at most 10 s at 4.3M
 * recordings and 50k requests): first once after loading, when every month is marked as changed and summarised
 * (V22), then as the daily release runs, each after a day's recordings are imported through the real writer and
 * that day's retention sweep has run, so the months those mark are recomputed;</li>
 * <li>serving the open-data API from the release over HTTP on localhost (p95, goal: at most 20 ms), as the client
 * sees it (request sent to body read) and as server time ({@link ServerTimes}, a filter ahead of all others);</li>
 * <li>serving the public statistics pages: first visits as a browser makes them, the server time of each step
 * (page, UI init, view, charts) against the same goal;</li>
 * <li>computing the same figures live with SQL (the footage and request aggregates the release is built from), and
 * the ratio of the two.</li>
 * </ul>
 * Run by the suite: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.only=statistics
 * [-Dbenchmark.recordings=4300000] [-Dbenchmark.requests=50000] [-Dbenchmark.runs=3]}.
 * Prints a table and writes {@code target/benchmarks/statistics.json}. H2's query result cache is off, so every build
 * and every live computation really scans the tables (otherwise a repeated identical query is answered from cache).
 */
public final class StatisticsBenchmark {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 1);
    private static final LocalDate TODAY = LocalDate.now();
    private static final int WARM_UP_VISITS = 250;
    private static final String SCHEMA = "bench_statistics";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long recordings = Long.getLong("benchmark.recordings", 4_300_000);
        int requests = Integer.getInteger("benchmark.requests", 50_000);
        int runs = Integer.getInteger("benchmark.runs", 3);
        var postgres = BenchmarkPostgres.reachable();
        var report = new BenchmarkReport("statistics");
        report.context("recordings", recordings);
        report.context("requests", requests);
        report.context("runs", runs);
        report.context("cpus", Runtime.getRuntime().availableProcessors());
        report.context("postgresql", postgres.map(BenchmarkPostgres::url).orElse("not reachable, skipped"));
        Path dir = Path.of("target", "benchmarks", "statistics-db");
        try (ConfigurableApplicationContext context = BenchmarkPortal.start(List.of(ServerTimes.class), dir,
                ";QUERY_CACHE_SIZE=0", false, settings())) {
            measure(report, context, "", false);
        }
        if (postgres.isPresent()) {
            var more = new ArrayList<>(List.of(settings()));
            more.addAll(List.of(BenchmarkPortal.onPostgres(postgres.get(), SCHEMA)));
            try (ConfigurableApplicationContext context = BenchmarkPortal.start(List.of(ServerTimes.class), dir, "",
                    false, more.toArray(String[]::new))) {
                measure(report, context, " (PostgreSQL)", true);
            }
        }
        report.print();
        System.out.println("written to " + report.writeJson());
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    private static String[] settings() {
        return new String[] {"--candour.statistics.release-cron=-", "--candour.footage.retention.sweep-cron=-",
                "--candour.statistics.months=36"};
    }

    /**
     * Every figure on one database; {@code on} names it in the figures' names ("" for H2). Serving the API and the
     * pages reads the frozen release's files, not the database: measured on H2 only.
     */
    private static void measure(BenchmarkReport report, ConfigurableApplicationContext context, String on,
                                boolean postgres) throws Exception {
        long recordings = Long.getLong("benchmark.recordings", 4_300_000);
        int requests = Integer.getInteger("benchmark.requests", 50_000);
        int runs = Integer.getInteger("benchmark.runs", 3);
        int serves = Integer.getInteger("benchmark.serves", 2_000);
        int liveRuns = Integer.getInteger("benchmark.live-runs", 5);
        System.out.printf("%n--- statistics on %s%n", postgres ? "PostgreSQL" : "H2");
        var jdbc = context.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        BenchmarkData.recordings(jdbc, recordings, FROM, TODAY, TODAY.minusDays(runs - 1L), postgres);
        BenchmarkData.requests(jdbc, requests, FROM, TODAY, postgres);
        if (postgres) {
            jdbc.execute("analyze");
        }
        report.context("data_generation_s" + (postgres ? "_postgresql" : ""), String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - t0) / 1e9));

        var releases = context.getBean(StatisticsReleases.class);
        long first = System.nanoTime();
        int version = releases.publish("First release", ReleaseSummary.Trigger.ADMINISTRATOR).version();
        report.add("first release after loading (every month summarised)" + on, "ms",
                new double[] {(System.nanoTime() - first) / 1e6});
        var days = new FootageDays(context, recordings / ChronoUnit.DAYS.between(FROM, TODAY));
        double[] build = new double[runs];
        for (int i = 0; i < runs; i++) {
            days.importAndSweep(TODAY.minusDays(runs - 1L - i));
            long start = System.nanoTime();
            version = releases.publish("Benchmark run " + (i + 1), ReleaseSummary.Trigger.ADMINISTRATOR).version();
            build[i] = (System.nanoTime() - start) / 1e6;
            System.out.printf("release %d built in %.0f ms%s%n", version, build[i], on);
        }
        report.add("build and freeze a release after a day's import and sweep" + on, "ms", build, "<= 10000 ms",
                BenchmarkReport.median(build) <= 10_000);
        phases(report, context, runs, on);

        double served95 = Double.NaN;
        if (!postgres) {
            int port = BenchmarkPortal.port(context);
            var http = HttpClient.newHttpClient();
            var paths = List.of("/api/v1/statistics/releases/latest/boroughs.json",
                    "/api/v1/statistics/releases/" + version + "/boroughs.csv",
                    "/api/v1/statistics/releases/latest/bcus.json", "/api/v1/statistics/releases");
            var serverTimes = context.getBean(ServerTimes.class);
            serve(report, http, port, paths, runs, serves, false, serverTimes);
            serve(report, http, port, paths, runs, serves, true, serverTimes);
            pages(report, port, runs, Integer.getInteger("benchmark.page-visits", 300), serverTimes);
            served95 = report.figures().stream().filter(f -> f.name().startsWith("API (plain)") && f.name()
                    .endsWith("p95")).findFirst().orElseThrow().median();
        }

        var footage = new MonthlyFootageQuery(jdbc);
        var requestFigures = context.getBean(RequestFigures.class);
        LocalDate from = YearMonth.from(TODAY).minusMonths(35).atDay(1);
        var live = new ArrayList<Double>();
        for (int i = 0; i < liveRuns; i++) {
            long start = System.nanoTime();
            footage.byBoroughAndMonth(from, TODAY);
            requestFigures.receivedBetween(from, TODAY);
            live.add((System.nanoTime() - start) / 1e6);
        }
        double liveP95 = BenchmarkReport.percentile(live, 95);
        report.add("same figures computed live with SQL, p95" + on, "ms", new double[] {liveP95});
        if (!postgres) {
            double ratio = liveP95 / served95;
            report.add("live SQL p95 / served p95", "x", new double[] {ratio}, "> 1", ratio > 1);
        }
    }

    /**
     * Where a build's time goes: the same steps as {@link StatisticsReleases#publish} one by one (footage figures
     * with the two months a day's import and sweep mark recomputed, request facts, rows with disclosure control),
     * outside the publishing transaction. Storing is the rest.
     */
    private static void phases(BenchmarkReport report, ConfigurableApplicationContext context, int runs, String on) {
        var footage = context.getBean(FootageFigures.class);
        var requestFigures = context.getBean(RequestFigures.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        LocalDate to = TODAY;
        LocalDate from = YearMonth.from(to).minusMonths(35).atDay(1);
        double[] footageMs = new double[runs];
        double[] requestsMs = new double[runs];
        double[] protectMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            for (LocalDate month : List.of(YearMonth.from(to).atDay(1), YearMonth.from(to.minusDays(31)).atDay(1))) {
                jdbc.update("insert into footage_month_change (month_start) values (?)", month);
            }
            long t0 = System.nanoTime();
            var monthly = footage.byBoroughAndMonth(from, to);
            long t1 = System.nanoTime();
            var facts = requestFigures.receivedBetween(from, to);
            long t2 = System.nanoTime();
            new ReleaseBuilder(from, to).footage(monthly).requests(facts).build();
            long t3 = System.nanoTime();
            footageMs[i] = (t1 - t0) / 1e6;
            requestsMs[i] = (t2 - t1) / 1e6;
            protectMs[i] = (t3 - t2) / 1e6;
        }
        report.add("  phase: footage figures (2 months recomputed)" + on, "ms", footageMs);
        report.add("  phase: request facts (SQL)" + on, "ms", requestsMs);
        report.add("  phase: rows and disclosure control" + on, "ms", protectMs);
    }

    /**
     * First visits of the public statistics pages, as a browser makes them ({@link PageVisit}: page, UI init, the
     * view built on the server, the charts it shows), each in a new session; the server time of every request, per
     * step. The first {@value #WARM_UP_VISITS} visits of each run warm up (the JIT compiles Flow's paths).
     */
    private static void pages(BenchmarkReport report, int port, int runs, int visits, ServerTimes serverTimes)
            throws Exception {
        var pages = List.of("statistics", "statistics/league", "statistics/compare", "statistics/methodology",
                "statistics/boroughs/E09000022");
        var visit = new PageVisit(port);
        var server = new EnumMap<PageVisit.Step, double[]>(PageVisit.Step.class);
        double[] whole = new double[runs];
        for (int run = 0; run < runs; run++) {
            var times = new EnumMap<PageVisit.Step, List<Double>>(PageVisit.Step.class);
            var visitTimes = new ArrayList<Double>();
            var viewsByPage = new LinkedHashMap<String, List<Double>>();
            for (int i = 0; i < visits + WARM_UP_VISITS; i++) {
                String page = pages.get(i % pages.size());
                long start = System.nanoTime();
                visit.open(page);
                double ms = (System.nanoTime() - start) / 1e6;
                // A request's time may be recorded just after its response reached the client: by request, not order.
                var requests = serverTimes.drainRequests();
                if (i >= WARM_UP_VISITS) {
                    visitTimes.add(ms);
                    requests.forEach(r -> times.computeIfAbsent(step(r.request()), s -> new ArrayList<>()).add(r.ms()));
                    requests.stream().filter(r -> step(r.request()) == PageVisit.Step.VIEW).forEach(r -> viewsByPage
                            .computeIfAbsent(page, p -> new ArrayList<>()).add(r.ms()));
                }
            }
            viewsByPage.forEach((page, views) -> System.out.printf("view server time, /%s: p50 %.1f ms, p95 %.1f ms%n",
                    page, BenchmarkReport.percentile(views, 50), BenchmarkReport.percentile(views, 95)));
            int current = run;
            times.forEach((step, stepTimes) -> server.computeIfAbsent(step, s -> new double[runs])[current] =
                    BenchmarkReport.percentile(stepTimes, 95));
            whole[run] = BenchmarkReport.percentile(visitTimes, 95);
        }
        report.add("pages: first visit, all steps at the client, p95", "ms", whole);
        server.forEach((step, p95) -> report.add("pages: " + step.name().toLowerCase(Locale.ROOT)
                + " server time (filter), p95", "ms", p95, "<= 20 ms", BenchmarkReport.median(p95) <= 20));
    }

    private static PageVisit.Step step(String request) {
        if (request.contains("v-r=init")) {
            return PageVisit.Step.INIT;
        }
        if (request.contains("v-r=uidl")) {
            return PageVisit.Step.VIEW;
        }
        return request.startsWith("/VAADIN/dynamic/") ? PageVisit.Step.IMAGES : PageVisit.Step.PAGE;
    }

    /** Times GETs of the API paths in turn; the first 200 warm the JIT and the rendered-file cache. */
    private static void serve(BenchmarkReport report, HttpClient http, int port, List<String> paths, int runs,
                              int serves, boolean gzip, ServerTimes serverTimes) throws Exception {
        double[] p95 = new double[runs];
        double[] p50 = new double[runs];
        double[] serverP95 = new double[runs];
        for (int run = 0; run < runs; run++) {
            var times = new ArrayList<Double>();
            for (int i = 0; i < serves + 200; i++) {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + paths.get(i % paths.size())));
                if (gzip) {
                    request.header("Accept-Encoding", "gzip");
                }
                long start = System.nanoTime();
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("API answered " + response.statusCode());
                }
                if (i >= 200) {
                    times.add(ms);
                } else if (i == 199) {
                    serverTimes.drain();
                }
            }
            serverP95[run] = BenchmarkReport.percentile(serverTimes.drain(), 95);
            p95[run] = BenchmarkReport.percentile(times, 95);
            p50[run] = BenchmarkReport.percentile(times, 50);
        }
        String kind = gzip ? "API (gzip)" : "API (plain)";
        report.add(kind + " served from the release, p50", "ms", p50);
        report.add(kind + " served from the release, p95", "ms", p95, "<= 20 ms", BenchmarkReport.median(p95) <= 20);
        report.add(kind + " server time (filter), p95", "ms", serverP95, "<= 20 ms",
                BenchmarkReport.median(serverP95) <= 20);
    }
}
