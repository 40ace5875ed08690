package org.candour.benchmark;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The busy morning of issue 20 (a benchmark, not a test): a newspaper links the statistics and a thousand readers
 * arrive while caseworkers work the queue and people file requests, all against one portal on 127.0.0.1.
 * <ul>
 * <li><b>Readers</b> ({@code benchmark.readers}, 1,000 at once): real Vaadin Flow sessions over HTTP through
 * {@link FlowSession} (the page, Flow's init request, the navigation that builds the view and its images; then UI
 * events: choosing another measure or month in the page's selects, which redraws the map and table), a think time of
 * 5-15 s between actions, 3-8 actions each; then the reader leaves, most closing the tab (the client's unload
 * beacon, {@code benchmark.beacon-share} 0.8), the rest simply stopping, and a new reader takes the place.</li>
 * <li><b>Caseworkers</b> ({@code benchmark.caseworkers}, 20), each signed in through the login form: open the queue
 * and a case as Flow views over HTTP, a staff search (the search view's service call), think time 3-6 s, and one
 * transition a minute (verifying the identity of a request filed during the run).</li>
 * <li><b>Filings</b>: one every 2 s through the filing service, as the public form files.</li>
 * </ul>
 * Phases: warm-up ({@code benchmark.warmup-seconds}, 60), staff and filings alone ({@code benchmark.quiet-seconds},
 * 120), the spike ({@code benchmark.spike-seconds}, 600, after a ramp of {@code benchmark.ramp-seconds}, 60, not
 * measured), then the readers leave and the sessions are watched until only staff sessions remain or
 * {@code benchmark.leave-seconds} (the application's session timeout plus 2 min) pass. A quick run:
 * {@code -Dbenchmark.scale=small} (200 readers, 2-min spike, 5-min session timeout: shorter, a staff session can
 * expire during one slow action on an overloaded machine). The load generator runs in the
 * portal's JVM (as the portal benchmark's does): CPU figures include it.
 */
public final class BusyMorningBenchmark {

    private static final double MB = 1024 * 1024;
    private static final String PASSWORD = "demo-password-2026";

    private final ConfigurableApplicationContext context;
    private final int port;
    private final Manager sessions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    private final Load load = new Load();
    private final BenchmarkReport report = new BenchmarkReport("busy-morning");

    private BusyMorningBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        port = server.getPort();
        sessions = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    public static void main(String[] args) throws Exception {
        String timeout = System.getProperty("benchmark.session-timeout", "");
        // The demo's first release at once: with its generated history on, no release (and no measure to choose)
        // would be published until the history is done.
        var more = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--candour.demo.history.requests-per-month=0"));
        if (!timeout.isBlank()) {
            more.add("--server.servlet.session.timeout=" + timeout);
        }
        try (var context = BenchmarkPortal.start(Path.of("target", "benchmark-busy-morning"), "", true,
                more.toArray(String[]::new))) {
            new BusyMorningBenchmark(context).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int readers = Integer.getInteger("benchmark.readers", 1_000);
        int caseworkers = Integer.getInteger("benchmark.caseworkers", 20);
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 60));
        Duration quiet = Duration.ofSeconds(Long.getLong("benchmark.quiet-seconds", 120));
        Duration ramp = Duration.ofSeconds(Long.getLong("benchmark.ramp-seconds", 60));
        Duration spike = Duration.ofSeconds(Long.getLong("benchmark.spike-seconds", 600));
        Duration timeout = Duration.ofSeconds(sessions.getContext().getSessionTimeout() * 60L);
        Duration leave = Duration.ofSeconds(Long.getLong("benchmark.leave-seconds", timeout.toSeconds() + 120));
        double beaconShare = Double.parseDouble(System.getProperty("benchmark.beacon-share", "0.8"));
        report.context("readers", readers);
        report.context("caseworkers", caseworkers);
        report.context("spike_seconds", spike.toSeconds());
        report.context("session_timeout", timeout);
        report.context("beacon_share", beaconShare);
        report.context("max_heap_mb", Runtime.getRuntime().maxMemory() / MB);
        report.context("cpus", Runtime.getRuntime().availableProcessors());

        var staff = new Staff(context.getBean(CaseworkService.class), context.getBean(RequestSearch.class),
                context.getBean(RequestFilingService.class), http, port, load);
        staff.start(caseworkers, PASSWORD);
        var crowd = new Crowd(http, port, load, beaconShare);
        // No readers in the warm-up: their sessions would still be held during the quiet phase. The ramp warms them.
        System.out.printf("warm-up %d s (staff and filings)%n", warmUp.toSeconds());
        pause(warmUp);

        load.phase(Load.Phase.QUIET);
        long quietHeap = SessionMemory.heapAfterFullGc();
        int quietSessions = sessions.getActiveSessions();
        var quietCpu = new Cpu();
        System.out.printf("quiet %d s: staff and filings, no readers (%d sessions)%n", quiet.toSeconds(),
                quietSessions);
        pause(quiet);
        double quietCpuShare = quietCpu.share();

        load.phase(Load.Phase.RAMP);
        System.out.printf("ramp %d s to %d readers%n", ramp.toSeconds(), readers);
        crowd.resize(readers, ramp);
        load.phase(Load.Phase.SPIKE);
        var spikeCpu = new Cpu();
        long spikeStart = System.nanoTime();
        System.out.printf("spike %d s with %d readers%n", spike.toSeconds(), readers);
        pause(spike);
        double spikeSeconds = (System.nanoTime() - spikeStart) / 1e9;
        double spikeCpuShare = spikeCpu.share();
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        // The readers stop where they are (their tabs stay open) and the heap is measured with every session held.
        load.phase(Load.Phase.LEAVE);
        crowd.freeze();
        int spikeSessions = sessions.getActiveSessions();
        long spikeHeap = SessionMemory.heapAfterFullGc();
        double perSession = (spikeHeap - quietHeap) / (double) Math.max(1, spikeSessions - quietSessions) / MB;
        double perReader = (spikeHeap - quietHeap) / (double) readers / MB;
        System.out.printf("held: %d sessions, heap %.0f MB (quiet %.0f MB with %d): %.3f MB per session, "
                + "%.3f MB per concurrent reader%n", spikeSessions, spikeHeap / MB, quietHeap / MB, quietSessions,
                perSession, perReader);
        crowd.leave();
        long closedHeap = SessionMemory.heapAfterFullGc();
        int afterBeacons = sessions.getActiveSessions();
        System.out.printf("after the readers left (beacons sent): %d sessions, heap %.0f MB%n", afterBeacons,
                closedHeap / MB);
        var expiry = awaitSessions(quietSessions, leave);
        staff.stop();

        addFigures(readers, spikeSeconds, quietCpuShare, spikeCpuShare, loadAverage, perSession, perReader,
                spikeSessions, quietHeap, spikeHeap, closedHeap, afterBeacons, expiry);
        report.print();
        System.out.println("JSON: " + report.writeJson().toAbsolutePath());
    }

    /** The sessions' fate after the readers left: how long until only the staff's remain, as before the spike. */
    private record Expiry(double seconds, int sessionsLeft, long heapAfter) {
    }

    private Expiry awaitSessions(int target, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        int open = sessions.getActiveSessions();
        while (open > target && System.nanoTime() < end) {
            Thread.sleep(5_000);   // the load generator's watch, not a test's wait: Tomcat expires every minute
            open = sessions.getActiveSessions();
            System.out.printf("  %.0f s after leaving: %d sessions%n", (System.nanoTime() - start) / 1e9, open);
        }
        return new Expiry((System.nanoTime() - start) / 1e9, open, SessionMemory.heapAfterFullGc());
    }

    private void addFigures(int readers, double spikeSeconds, double quietCpu, double spikeCpu, double loadAverage,
                            double perSession, double perReader, int spikeSessions, long quietHeap, long spikeHeap,
                            long closedHeap, int afterBeacons, Expiry expiry) {
        report.context("load_average_end_of_spike", String.format(Locale.ROOT, "%.1f", loadAverage));
        report.context("sessions_held_end_of_spike", spikeSessions);
        report.context("heap_mb_quiet_spike_after_beacons_after_expiry", String.format(Locale.ROOT,
                "%.0f / %.0f / %.0f / %.0f", quietHeap / MB, spikeHeap / MB, closedHeap / MB, expiry.heapAfter() / MB));
        report.add("errors (every kind, whole run)", "errors", new double[] {load.errors()}, "<= 0",
                load.errors() == 0);
        for (String action : load.staffActions()) {
            double quietP95 = load.percentile(Load.Phase.QUIET, action, 95);
            double spikeP95 = load.percentile(Load.Phase.SPIKE, action, 95);
            if (Double.isNaN(quietP95) && Double.isNaN(spikeP95)) {
                continue;   // done only in the warm-up (signing in)
            }
            report.add(action + " p50, no readers", "ms", new double[] {load.percentile(Load.Phase.QUIET, action, 50)});
            report.add(action + " p95, no readers", "ms", new double[] {quietP95});
            report.add(action + " p50, spike", "ms", new double[] {load.percentile(Load.Phase.SPIKE, action, 50)});
            report.add(action + " p95, spike", "ms", new double[] {spikeP95});
            // An action seen in only one phase (a long action under an overloaded machine) has no ratio.
            if (!Double.isNaN(spikeP95 / quietP95)) {
                report.add(action + " p95 spike / no readers", "ratio", new double[] {spikeP95 / quietP95},
                        "<= 1.5", spikeP95 / quietP95 <= 1.5);
            }
        }
        for (String action : load.readerActions()) {
            report.add(action + " p50, spike", "ms", new double[] {load.percentile(Load.Phase.SPIKE, action, 50)});
            report.add(action + " p95, spike", "ms", new double[] {load.percentile(Load.Phase.SPIKE, action, 95)});
        }
        report.add("reader actions per second, spike", "actions/s",
                new double[] {load.readerActionCount(Load.Phase.SPIKE) / spikeSeconds});
        report.add("HTTP requests per second, spike", "requests/s",
                new double[] {load.httpRequests(Load.Phase.SPIKE) / spikeSeconds});
        report.add("CPU of the JVM (portal and load), no readers", "% of all cores", new double[] {quietCpu * 100});
        report.add("CPU of the JVM (portal and load), spike", "% of all cores", new double[] {spikeCpu * 100});
        report.add("heap per session held at the end of the spike", "MB", new double[] {perSession}, "<= 0.3 MB",
                perSession <= 0.3);
        report.add("heap per concurrent reader (all their sessions held)", "MB", new double[] {perReader},
                "<= 0.3 MB", perReader <= 0.3);
        report.add("concurrent readers per GB of heap", "readers", new double[] {1024 / perReader}, ">= 3000",
                1024 / perReader >= 3000);
        report.add("sessions open just after the readers left (beacons)", "sessions", new double[] {afterBeacons});
        report.add("seconds until the readers' sessions were closed", "s", new double[] {expiry.seconds()});
        report.add("sessions open at the end of the watch", "sessions", new double[] {expiry.sessionsLeft()});
        report.add("heap returned after the readers' sessions closed", "MB",
                new double[] {(spikeHeap - expiry.heapAfter()) / MB});
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());   // the length of a phase of the load, not a wait for an outcome
    }

    /** The JVM's share of all cores since it was made. */
    private static final class Cpu {
        private final long cpu = cpuNanos();
        private final long wall = System.nanoTime();

        double share() {
            return (cpuNanos() - cpu) / (double) (System.nanoTime() - wall)
                    / Runtime.getRuntime().availableProcessors();
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    static LocalDate incidentDay() {
        return LocalDate.now().minusDays(1 + ThreadLocalRandom.current().nextInt(20));
    }

    static SearchQuery searchQuery(int n) {
        var texts = List.of("bag", "station", "searched", "car", "park");
        return SearchQuery.everything().withText(texts.get(n % texts.size()));
    }
}
