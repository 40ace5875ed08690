package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member of the public files a request with an identity document, then tracks it with the reference and secret. */
class FilingJourneyIT extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void fileARequestWithAnUploadThenTrackIt() throws Exception {
        var pages = new FilingPages(browser);
        pages.start();
        pages.aboutYou("Amara Okafor", "17/05/1990", "Flat 2, 10 Acre Lane, London", "SW2 5SG",
                "amara.okafor@example.org");
        pages.uploadDocument(Files.write(files.resolve("passport.pdf"), TestRequests.PDF));
        pages.documentsDone();
        pages.incident(yesterday(), "21:00", "21:30", "Lambeth");
        pages.whatHappened("Brixton Road, outside the underground station",
                "Two officers stopped and searched me and said I matched a description.",
                "Red hooded jacket, grey jeans, blue rucksack", true);
        pages.wantACopy();
        String answers = pages.checkAnswers();
        assertThat(answers).contains("Amara Okafor", "passport.pdf", "Lambeth", "Brixton Road", "A copy of the footage");

        var receipt = pages.declareAndSend();
        assertThat(receipt.reference()).matches("BWV-\\d{4}-\\d{6,7}");
        assertThat(receipt.secret()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
        assertThat(browser.pageText()).contains("is normally deleted on", "We must reply within one calendar month");
        browser.open("request-footage/confirmation"); // again, as on a shared computer: the secret is gone
        browser.waitForText("#reference", receipt.reference());
        assertThat(browser.pageText()).contains("We showed your tracking secret once").doesNotContain(receipt.secret());

        var tracking = new TrackingPage(browser);
        tracking.track(receipt.reference(), receipt.secret());
        assertThat(browser.waitForText("#request-state", "RECEIVED").getText()).isEqualToIgnoringCase("Received");
        assertThat(browser.pageText()).contains(receipt.reference(), "Lambeth", "We received your request.")
                .doesNotContain("Amara", "Acre Lane");
        browser.screenshot("11-tracked");
        browser.checkAccessibility("tracked");
    }

    private static String yesterday() {
        return java.time.LocalDate.now(org.candour.shared.LondonTime.ZONE).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
