package org.candour.benchmark;

import java.nio.file.Path;
import java.util.Locale;
import org.candour.requests.RequestFilingService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Portal benchmarks (not a test), against the application as the local run starts it (profile demo: the demo
 * catalogue, requests and first statistics release; a local Elasticsearch node indexing in the background):
 * <ul>
 * <li>Vaadin memory per UI session for the public entry pages (goal: at most 1 MB), and sessions per GB of heap;</li>
 * <li>request filing throughput through {@link RequestFilingService} (requests/s, p50 and p95), one member of the
 * public at a time and {@code benchmark.threads} at once.</li>
 * </ul>
 * The portal runs in Vaadin's production mode, as {@link BenchmarkPortal} starts every benchmark's.
 * Options: {@code -Dbenchmark.sessions=200 -Dbenchmark.filings=1000 -Dbenchmark.threads=4 -Dbenchmark.runs=3}.
 * Prints a table and writes {@code target/benchmarks/portal.json}.
 */
public final class PortalBenchmark {

    private static final double MB = 1024 * 1024;

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("benchmark.runs", 3);
        int sessions = Integer.getInteger("benchmark.sessions", 100);
        int filings = Integer.getInteger("benchmark.filings", 1_000);
        int threads = Integer.getInteger("benchmark.threads", 4);
        var report = new BenchmarkReport("portal");
        report.context("runs", runs);
        report.context("sessions_per_run", sessions);
        report.context("filings_per_run", filings);
        report.context("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (ConfigurableApplicationContext context = BenchmarkPortal.start(Path.of("target", "benchmark-portal"), "",
                true, "--spring.profiles.active=demo", "--candour.demo.history.requests-per-month=0")) {
            sessionMemory(new SessionMemory(context), report, runs, sessions);
            filing(new FilingThroughput(context.getBean(RequestFilingService.class)), report, runs, filings, threads);
        }
        report.print();
        System.out.println("JSON: " + report.writeJson().toAbsolutePath());
        System.exit(0);
    }

    private static void sessionMemory(SessionMemory memory, BenchmarkReport report, int runs, int sessions)
            throws Exception {
        memory.warmUp();
        for (String page : SessionMemory.pages()) {
            double[] mb = new double[runs];
            double[] perGb = new double[runs];
            for (int run = 0; run < runs; run++) {
                mb[run] = memory.bytesPerSession(page, sessions) / MB;
                perGb[run] = 1024 / mb[run];
                System.out.printf(Locale.ROOT, "/%s: %.3f MB per session%n", page, mb[run]);
            }
            report.add("memory per UI session, /" + page, "MB", mb, "<= 1 MB", BenchmarkReport.median(mb) <= 1);
            report.add("UI sessions per GB of heap, /" + page, "sessions", perGb, ">= 1024",
                    BenchmarkReport.median(perGb) >= 1024);
        }
    }

    private static void filing(FilingThroughput throughput, BenchmarkReport report, int runs, int filings,
                               int threads) throws Exception {
        throughput.file(200, threads);
        for (int concurrency : new int[] {1, threads}) {
            double[] rate = new double[runs];
            double[] p50 = new double[runs];
            double[] p95 = new double[runs];
            for (int run = 0; run < runs; run++) {
                var result = throughput.file(filings, concurrency);
                rate[run] = result.perSecond();
                p50[run] = result.p50Millis();
                p95[run] = result.p95Millis();
                System.out.printf(Locale.ROOT, "filing, %d at once: %.0f requests/s, p95 %.1f ms%n", concurrency,
                        rate[run], p95[run]);
            }
            String who = concurrency == 1 ? "one at a time" : concurrency + " at once";
            report.add("requests filed per second, " + who, "requests/s", rate);
            report.add("filing latency p50, " + who, "ms", p50);
            report.add("filing latency p95, " + who, "ms", p95);
        }
    }
}
