package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a clear message next to the field and in the error summary, and nothing moves on; a file the
 * browser refuses is named with the limit, in the server's words.
 */
class BadInputIT extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void filingRefusesMissingAnswersDisguisedFilesAndTheCityOfLondon() throws Exception {
        var pages = new FilingPages(browser);
        pages.start();

        browser.click("vaadin-button.continue");
        assertThat(browser.waitForText(".error-summary", "There is a problem").getText())
                .contains("Enter your full name", "Enter your date of birth", "Enter your postcode");
        assertThat(browser.find("#full-name").getAttribute("invalid")).isNotNull();
        browser.screenshot("bad-01-about-you-errors");
        browser.checkAccessibility("errors shown");

        pages.aboutYou("Amara Okafor", "17/05/1990", "10 Acre Lane, London", "SW2 5SG", "amara@example.org");
        var disguised = Files.write(files.resolve("passport.jpg"),
                "MZ this is a program, not a photo".getBytes(StandardCharsets.US_ASCII));
        browser.upload("documents", disguised);
        assertThat(browser.waitForText(".error-summary", "not a JPG, PNG or PDF").getText())
                .contains("“passport.jpg” is not a JPG, PNG or PDF file");
        browser.screenshot("bad-02-disguised-upload");
        browser.checkAccessibility("upload refused, error shown");
        var big = Files.write(files.resolve("big-scan.png"), new byte[10 * 1024 * 1024 + 1]);
        browser.upload("documents", big);
        assertThat(browser.waitForText(".error-summary", "big-scan.png").getText())
                .contains("“big-scan.png” is larger than 10 MB").doesNotContain("File is Too Big");
        browser.checkAccessibility("file too big, error shown");
        browser.click("vaadin-button.continue");
        assertThat(browser.waitForText(".error-summary", "Upload at least one").getText())
                .contains("Upload at least one identity document");

        pages.uploadDocument(Files.write(files.resolve("licence.pdf"), TestRequests.PDF));
        pages.documentsDone();
        browser.pick("borough", "City of London");
        assertThat(browser.waitForText("#borough", "City of London Police").getText())
                .contains("The City of London has its own police force");
        browser.screenshot("bad-03-city-of-london");
        browser.checkAccessibility("borough warning shown");
        browser.click("vaadin-button.continue");
        assertThat(browser.waitForText(".error-summary", "City of London Police").getText())
                .contains("Enter the date you were filmed");
        assertThat(browser.currentPath()).isEqualTo("request-footage/incident");
    }

    @Test
    void trackingWithWrongDetailsGivesOneNeutralMessage() {
        new TrackingPage(browser).track("BWV-2026-999999", "AAAA-BBBB-CCCC-DDDD");
        assertThat(browser.waitForText(".error-summary", "could not find").getText())
                .contains("We could not find a request with that reference and secret");
        browser.screenshot("bad-04-tracking-not-found");
        browser.checkAccessibility("error shown");
    }
}
