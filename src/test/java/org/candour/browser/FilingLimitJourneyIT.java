package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.requests.FilingOutcome;
import org.candour.requests.PublicFiling;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestTrackingService;
import org.candour.requests.WorkSolution;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A requester on a busy shared connection: over its filing limit they are told when to try again and their answers
 * are kept; later, near the limit, the browser does the proof-of-work check by itself and the request is filed.
 * Near the limit of failed look-ups, tracking runs the same check instead of refusing.
 */
@TestPropertySource(properties = {"candour.requests.filing-limit.challenge-from=2",
        "candour.requests.filing-limit.max-per-client=3", "candour.requests.filing-limit.window=PT1H",
        "candour.requests.work-challenge.difficulty=10", "candour.tracking.challenge-from-failures=2"})
@Import(ClockTestConfiguration.class)
class FilingLimitJourneyIT extends BrowserTest {

    /** The browser reaches "localhost" by either: each has filed as much as the other. */
    private static final List<String> LOCALHOST = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Autowired
    PublicFiling filing;
    @Autowired
    RequestFilingService requests;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @Test
    void overTheLimitTheRequesterIsToldWhenAndNearItTheCheckRunsByItself() throws Exception {
        clock.set(ClockTestConfiguration.START);
        Instant first = clock.instant();
        LOCALHOST.forEach(this::fileOnce);
        clock.advance(Duration.ofMinutes(30));
        LOCALHOST.forEach(this::fileOnce);
        LOCALHOST.forEach(this::fileOnce);

        var pages = new FilingPages(browser);
        pages.start();
        pages.aboutYou("Grace Mensah", "02/03/1985", "12 Coldharbour Lane, London", "SE5 9NR",
                "grace.mensah@example.org");
        pages.uploadDocument(Files.write(files.resolve("licence.pdf"), TestRequests.PDF));
        pages.documentsDone();
        pages.incident(yesterday(), "14:00", "14:20", "Southwark");
        pages.whatHappened("Camberwell Green", "I was stopped and searched outside the library.",
                "Yellow coat, black trousers", true);
        pages.wantACopy();
        pages.checkAnswers();
        browser.click("#declaration");
        assertThat(browser.find("#connection-check-status").getAttribute("aria-live")).isEqualTo("polite");
        browser.click("#send-request");

        String tryAgain = DateTimeFormatter.ofPattern("HH:mm")
                .format(first.plus(Duration.ofHours(1)).atZone(LondonTime.ZONE));
        browser.waitForText(".error-summary", "You have sent several requests from this connection. Try again after "
                + tryAgain + " or call");
        assertThat(browser.pageText()).contains("Your answers have been kept");
        browser.screenshot("filing-limit-reached");
        browser.checkAccessibility("filing limit reached");

        clock.set(first.plus(Duration.ofMinutes(61)));
        browser.find("#send-request").sendKeys(Keys.ENTER);
        browser.waitForPath("request-footage/confirmation");
        assertThat(browser.text("#reference")).matches("BWV-\\d{4}-\\d{6,7}");
        assertThat(jdbc.queryForObject("select count(*) from work_challenge where used_at is not null",
                Integer.class)).as("the browser's solution was accepted").isPositive();
        browser.checkAccessibility("filed after the check");
    }

    @Test
    void nearItsLimitOfFailedLookUpsTheCheckRunsAndTheRequestIsShown() {
        clock.set(ClockTestConfiguration.START.plus(Duration.ofDays(2)));
        var receipt = requests.file(TestRequests.valid(LocalDate.now(clock).minusDays(2)));
        for (String client : LOCALHOST) {
            for (int n = 0; n < 2; n++) {
                tracking.track("BWV-2026-%06d".formatted(700_000 + n), "AAAA-BBBB-CCCC-DDDD", client, null);
            }
        }
        int usedBefore = usedChallenges();

        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        assertThat(browser.waitForText("#request-state", "RECEIVED").getText()).isEqualToIgnoringCase("Received");
        assertThat(usedChallenges()).as("the browser's solution was accepted").isEqualTo(usedBefore + 1);
        browser.checkAccessibility("tracked after the check");
    }

    private int usedChallenges() {
        return jdbc.queryForObject("select count(*) from work_challenge where used_at is not null", Integer.class);
    }

    /** One filing from {@code client} through the service, solving the check as a browser would. */
    private void fileOnce(String client) {
        WorkSolution solution = null;
        for (int round = 0; round < 2; round++) {
            var outcome = filing.file(TestRequests.valid(LocalDate.now(clock).minusDays(2)), null, client, solution);
            if (outcome instanceof FilingOutcome.Filed) {
                return;
            }
            solution = TestWork.solve(((FilingOutcome.ChallengeNeeded) outcome).challenge());
        }
        throw new AssertionError("not filed");
    }

    private String yesterday() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE)).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
