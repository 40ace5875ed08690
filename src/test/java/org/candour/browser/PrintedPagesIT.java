package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.support.TestSecurity.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.domain.NoFootageReason;
import org.candour.shared.LondonTime;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requester prints a receipt after filing and a decision letter once their request is answered: Chromium prints
 * each page with the print stylesheet, and the PDF's text holds the request's facts but never the tracking secret.
 */
class PrintedPagesIT extends BrowserTest {

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Clock clock;

    @TempDir
    Path files;

    @Test
    void thePrintedReceiptHasTheReferenceAndDatesButNotTheSecret() throws Exception {
        var pages = new FilingPages(browser);
        pages.start();
        pages.aboutYou("Amara Okafor", "17/05/1990", "Flat 2, 10 Acre Lane, London", "SW2 5SG",
                "amara.okafor@example.org");
        pages.uploadDocument(Files.write(files.resolve("passport.pdf"), TestRequests.PDF));
        pages.documentsDone();
        pages.incident(LondonTime.today(clock).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "21:00", "21:30", "Lambeth");
        pages.whatHappened("Brixton Road", "Two officers stopped and searched me.", "Red jacket", true);
        pages.wantACopy();
        pages.checkAnswers();
        var receipt = pages.declareAndSend();
        assertThat(browser.pageText()).contains(receipt.secret()); // on screen, once

        browser.find("#print-receipt");
        String printed = browser.printedText().replaceAll("\\s+", " ");

        System.out.println("Printed receipt:\n" + printed);
        assertThat(printed).contains(receipt.reference(), "Receipt from the Information Rights Unit",
                "received on " + LondonTime.inWords(LondonTime.today(clock)), "is normally deleted on",
                "This receipt does not show your tracking secret");
        assertThat(printed.replaceAll("\\s", "")).doesNotContain(receipt.secret().replace("-", ""))
                .doesNotContain(receipt.secret());
        assertThat(printed).doesNotContain("Your tracking secret", "Print a receipt", "Staff sign in", "Amara");
        browser.screenshot("printed-01-receipt-page");
    }

    @Test
    void thePrintedDecisionLetterHasTheDecisionAndRightsButNotTheSecret() {
        var receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(40)));
        String secret = receipt.trackingSecret();
        String caseworker = accounts.open(TestStaff.account("letter", Role.CASEWORKER)).username();
        as(caseworker, Role.CASEWORKER, () -> {
            var d = casework.find(receipt.reference()).orElseThrow();
            d = casework.verifyIdentity(d.reference(), d.version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            return casework.noFootageHeld(d.reference(), d.version(), NoFootageReason.DELETED_BEFORE_REQUEST);
        });

        new TrackingPage(browser).track(receipt.reference(), secret);
        browser.waitForText("#decision-letter", "Our decision");
        assertThat(browser.text("#decision-letter")).contains("Our reference: " + receipt.reference(),
                "We do not hold footage that matches your request", "section 51", "Yours faithfully");
        browser.find("#print-letter");
        browser.screenshot("printed-02-decision-letter-page");
        String printed = browser.printedText().replaceAll("\\s+", " ");

        System.out.println("Printed decision letter:\n" + printed);
        assertThat(printed).contains("Our decision", "Our reference: " + receipt.reference(),
                "Date: " + LondonTime.inWords(LondonTime.today(clock)),
                "We do not hold footage that matches your request", "internal review", "section 51",
                "ico.org.uk");
        assertThat(printed.replaceAll("\\s", "")).doesNotContain(secret.replace("-", "")).doesNotContain(secret);
        assertThat(printed).doesNotContain("Print this letter", "Track request", "Ask us to review our decision",
                TestRequests.NAME);
    }

}
