package org.candour.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.search.RequestSearch;
import org.candour.support.TestRequests;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caseworkers and the filings of the busy morning. Each caseworker signs in through the login form and then, 3-6
 * s apart: loads the queue in place of the page before (a Flow view over HTTP; the old page's beacon closes its UI,
 * as a browser's does), runs a staff search (the search view's call to {@link RequestSearch}), opens a case (a
 * navigation in the same tab), and once a minute verifies the identity of a request filed during the run
 * ({@link CaseworkService}). A filing every 2 s goes through {@link RequestFilingService}.
 */
final class Staff {

    private static final String ACCOUNT = "caseworker";

    private final CaseworkService casework;
    private final RequestSearch search;
    private final RequestFilingService filing;
    private final HttpClient http;
    private final int port;
    private final Load load;
    private final ConcurrentLinkedDeque<String> filed = new ConcurrentLinkedDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    Staff(CaseworkService casework, RequestSearch search, RequestFilingService filing, HttpClient http, int port,
          Load load) {
        this.casework = casework;
        this.search = search;
        this.filing = filing;
        this.http = http;
        this.port = port;
        this.load = load;
    }

    void start(int count, String password) {
        threads.add(Thread.ofPlatform().name("filings").start(this::file));
        for (int i = 0; i < count; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("caseworker-" + i).start(() -> work(n, password)));
        }
    }

    /**
     * Ends every caseworker's and the filings' loop at its next pause and waits for them. No thread is interrupted:
     * an action under way finishes (an interrupted H2 file channel or HTTP call would count as an error).
     */
    void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void file() {
        while (running) {
            load.staff("filing a request (service)", () -> filed.add(filing.file(TestRequests.valid(
                    BusyMorningBenchmark.incidentDay())).reference()));
            pause(Duration.ofSeconds(2));
        }
    }

    private void work(int n, String password) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(ACCOUNT, "n/a", "ROLE_CASEWORKER"));
        var tab = new FlowSession(http, port);
        if (!load.staff("staff: sign in", () -> tab.signIn(ACCOUNT, password))) {
            return;
        }
        long nextTransition = System.nanoTime() + ThreadLocalRandom.current().nextLong(60_000_000_000L);
        int round = n;
        while (running) {
            load.staff("staff: open the queue", () -> tab.leaveFor("staff/queue"));
            if (!think()) {
                return;
            }
            int query = round++;
            load.staff("staff: search (service)", () -> search.search(BusyMorningBenchmark.searchQuery(query)));
            if (!think()) {
                return;
            }
            String reference = filed.peekLast();
            if (reference != null) {
                load.staff("staff: open a case", () -> {
                    if (!tab.navigate("staff/requests/" + reference).contains(reference)) {
                        throw new IllegalStateException("The case " + reference + " was not shown");
                    }
                });
            }
            if (System.nanoTime() >= nextTransition) {
                nextTransition += 60_000_000_000L;
                String toVerify = filed.pollFirst();
                if (toVerify != null) {
                    load.staff("staff: transition (verify identity)", () -> {
                        var details = casework.find(toVerify).orElseThrow();
                        casework.verifyIdentity(toVerify, details.version(), LocalDate.now());
                    });
                }
            }
            if (!think()) {
                return;
            }
        }
    }

    private boolean think() {
        return pause(Duration.ofMillis(3_000 + ThreadLocalRandom.current().nextInt(3_000)));
    }

    private boolean pause(Duration duration) {
        try {
            // the user at work, not a wait for an outcome; cut short when the load stops
            return !stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS) && running;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
