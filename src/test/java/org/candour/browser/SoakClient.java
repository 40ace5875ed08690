package org.candour.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.candour.identity.Role;
import org.candour.shared.LondonTime;
import org.candour.support.TestRequests;

/**
 * The load of {@code .ci/cluster soak}: real browsers through nginx over HTTPS, as people use the portal. A member of the public
 * files requests one after another, another tracks them, a caseworker moves them on (identity verified, search
 * started, a note). Writes what the portal acknowledged and every error the browsers met, for the checks afterwards:
 * {@code acknowledged.csv} (reference, secret, time), {@code transitions.csv} and {@code errors.csv} (time, actor,
 * kind). Not a test: run by the script. Usage: {@code SoakClient <https port> <seconds> <outputDir> <admin> <password>}.
 */
public final class SoakClient {

    private static final String CASEWORKER = "soak-caseworker";

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String CASEWORKER_PASSWORD = "soak caseworker password 2026";

    /** A second administrator, who approves the caseworker's role (a role that reads personal data needs two). */
    private static final String APPROVER = "soak-approver";

    private static final String APPROVER_PASSWORD = "soak approver password 2026";

    private final int port;

    private final long endsAt;

    private final Path out;

    private final List<FilingPages.Receipt> receipts = new CopyOnWriteArrayList<>();

    private final LinkedBlockingQueue<String> toWork = new LinkedBlockingQueue<>();

    private final AtomicInteger filings = new AtomicInteger();

    private final CountDownLatch firstReceipt = new CountDownLatch(1);

    private final List<Browser> browsers = new CopyOnWriteArrayList<>();

    private SoakClient(int port, Duration duration, Path out) {
        this.port = port;
        this.endsAt = System.currentTimeMillis() + duration.toMillis();
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        var client = new SoakClient(Integer.parseInt(args[0]), Duration.ofSeconds(Long.parseLong(args[1])),
                Path.of(args[2]));
        Files.createDirectories(client.out);
        Runtime.getRuntime().addShutdownHook(new Thread(client::closeBrowsers, "soak-browsers"));
        var threads = List.of(
                Thread.ofPlatform().name("filer").start(client::file),
                Thread.ofPlatform().name("tracker").start(client::track),
                Thread.ofPlatform().name("caseworker").start(() -> {
                    client.openCaseworkerAccount(args[3], args[4]);
                    client.work();
                }));
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("Soak client: %d filings acknowledged%n", client.receipts.size());
        System.exit(0);
    }

    /**
     * Opens the caseworker's account as the administrator, and a second administrator's (effective at once while the
     * first is the only one), who then approves the caseworker's role. Each step is skipped if done already, so a
     * failed attempt (a node may be starting) is tried again from the top.
     */
    private void openCaseworkerAccount(String admin, String password) {
        for (int attempt = 1; ; attempt++) {
            try (var browser = browser()) {
                var staff = new StaffPages(browser);
                staff.signInToStaffHome(admin, password);
                openAccount(browser, staff, APPROVER, "Soak Approver", Role.ADMIN, APPROVER_PASSWORD);
                openAccount(browser, staff, CASEWORKER, "Soak Caseworker", Role.CASEWORKER, CASEWORKER_PASSWORD);
                staff.signOutFromNavigation();
                staff.signInToStaffHome(APPROVER, APPROVER_PASSWORD);
                staff.openAccounts();
                String waiting = "#waiting-grants li[data-username='" + CASEWORKER + "'] .approve";
                if (!browser.findAll(waiting).isEmpty()) {
                    browser.click(waiting);
                    browser.waitForText(".success-banner", "is approved");
                }
                return;
            }
            catch (RuntimeException ex) {
                append("errors.csv", now() + ",caseworker," + ex.getClass().getSimpleName() + " (opening the account)");
                if (attempt == 5) {
                    throw ex;
                }
                System.out.printf("Opening the caseworker's account failed (attempt %d): %s%n", attempt,
                        ex.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    private static void openAccount(Browser browser, StaffPages staff, String username, String name, Role role,
                                    String password) {
        browser.open("staff/accounts");
        browser.find("#accounts");
        if (!browser.pageText().contains(username)) {
            staff.createAccount(username, name, Set.of(role), password);
            browser.waitForText(".success-banner", "is open");
        }
    }

    /** Patient: on a loaded machine a page can take many seconds; slowness is not what the soak counts. */
    private Browser browser() {
        var browser = new Browser("https://localhost:" + port + "/", PATIENCE);
        browsers.add(browser);
        return browser;
    }

    /** Ends the browsers still open (the soak stopped early): no Chromium is left behind. */
    private void closeBrowsers() {
        browsers.forEach(browser -> {
            try {
                browser.close();
            }
            catch (RuntimeException alreadyGone) {
                // Closed by its thread meanwhile.
            }
        });
    }

    private void file() {
        Path document = writeDocument();
        Browser browser = browser();
        while (running()) {
            int n = filings.incrementAndGet();
            try {
                var pages = new FilingPages(browser);
                pages.start();
                pages.aboutYou("Soak Requester " + n, "17/05/1990", n + " Acre Lane, London", "SW2 5SG",
                        "soak." + n + "@example.org");
                pages.uploadDocument(document);
                pages.documentsDone();
                pages.incident(daysAgo(1 + n % 20), "21:00", "21:30", "Lambeth");
                pages.whatHappened("Brixton Road", "Stopped and searched, soak filing " + n, "Red jacket", n % 2 == 0);
                pages.wantACopy();
                pages.checkAnswers();
                var receipt = pages.declareAndSend();
                receipts.add(receipt);
                firstReceipt.countDown();
                toWork.add(receipt.reference());
                append("acknowledged.csv", receipt.reference() + "," + receipt.secret() + "," + now());
            }
            catch (RuntimeException ex) {
                browser = recover(browser, "filer", ex);
            }
        }
        browser.close();
    }

    private void track() {
        Browser browser = browser();
        while (running()) {
            if (!awaitFirstReceipt()) {
                continue;
            }
            var receipt = receipts.get(ThreadLocalRandom.current().nextInt(receipts.size()));
            try {
                new TrackingPage(browser).track(receipt.reference(), receipt.secret());
                browser.find("#request-state");
                append("lookups.csv", receipt.reference() + "," + now());
            }
            catch (RuntimeException ex) {
                browser = recover(browser, "tracker", ex);
            }
        }
        browser.close();
    }

    private void work() {
        Browser browser = browser();
        boolean signedIn = false;
        String reference = null;
        while (running()) {
            try {
                if (!signedIn) {
                    new StaffPages(browser).signInToStaffHome(CASEWORKER, CASEWORKER_PASSWORD);
                    signedIn = true;
                }
                if (reference == null) {
                    reference = toWork.poll(5, TimeUnit.SECONDS);
                    if (reference == null) {
                        continue;
                    }
                }
                var casework = new CaseworkPages(browser);
                browser.open("staff/requests/" + reference);
                browser.find("#case-state");
                String state = casework.state().toLowerCase();
                if (state.contains("received")) {
                    casework.step("verify-identity", "statutory clock has started");
                    append("transitions.csv", reference + ",verify-identity," + now());
                }
                if (casework.state().toLowerCase().contains("identity confirmed")) {
                    casework.step("start-search", "search has started");
                    append("transitions.csv", reference + ",start-search," + now());
                }
                reference = null;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                browser = recover(browser, "caseworker", ex);
                signedIn = false;
            }
        }
        browser.close();
    }

    /** Records the error and carries on with a fresh browser (the old one may be on a dead node's session). */
    private Browser recover(Browser browser, String actor, RuntimeException ex) {
        append("errors.csv", now() + "," + actor + "," + kind(browser, ex));
        browser.close();
        browsers.remove(browser);
        return browser();
    }

    private static String kind(Browser browser, RuntimeException ex) {
        String page;
        try {
            page = browser.pageText();
        }
        catch (RuntimeException unreadable) {
            page = "";
        }
        String kind = ex.getClass().getSimpleName();
        if (page.contains("502 Bad Gateway") || page.contains("504 Gateway")) {
            kind += " (proxy: no node answered)";
        }
        else if (page.contains("Server connection lost") || page.contains("Session expired")) {
            kind += " (session lost)";
        }
        else if (page.contains("There is a problem") || page.contains("try again")) {
            kind += " (the portal said: try again)";
        }
        return kind.replace(',', ';');
    }

    private boolean running() {
        return System.currentTimeMillis() < endsAt;
    }

    private boolean awaitFirstReceipt() {
        try {
            return firstReceipt.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static String daysAgo(int days) {
        return LocalDate.now(LondonTime.ZONE).minusDays(days).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private Path writeDocument() {
        try {
            return Files.write(out.resolve("passport.pdf"), TestRequests.PDF);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private synchronized void append(String file, String line) {
        try {
            Files.writeString(out.resolve(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
