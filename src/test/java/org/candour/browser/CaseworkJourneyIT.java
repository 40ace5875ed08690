package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caseworker finds a new request in the queue, verifies the requester's identity (starting the clock), finds the
 * footage in the catalogue and preserves it, reviews and discloses; the requester then sees the outcome, and the message but not the internal note, when
 * tracking.
 */
class CaseworkJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;
    @Autowired
    FootageImportService imports;

    @Test
    void aCaseworkerVerifiesIdentityAndDisclosesAndTheRequesterSeesTheOutcome() {
        var incidentDate = LocalDate.now(LondonTime.ZONE).minusDays(2);
        var receipt = filing.file(TestRequests.valid(incidentDate));
        String recording = TestFootage.recordingInLambeth(imports,
                incidentDate.atTime(21, 5).atZone(LondonTime.ZONE).toInstant());
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        var staff = new StaffPages(browser);
        var casework = new CaseworkPages(browser);
        staff.signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);

        casework.openQueueFromStaffHome();
        browser.screenshot("casework-01-queue");
        browser.checkAccessibility("queue");
        casework.openRequestFromQueue(receipt.reference());
        assertThat(browser.pageText()).contains("place a preservation hold first").doesNotContain(TestRequests.NAME);
        browser.screenshot("casework-02-request");
        browser.checkAccessibility("request");

        browser.click("#show-requester");
        assertThat(browser.waitForText("#requester-details", TestRequests.NAME).getText()).contains("passport.pdf");
        casework.step("verify-identity", "statutory clock has started");
        assertThat(casework.state()).isEqualToIgnoringCase("Identity confirmed");
        casework.step("start-search", "search has started");
        assertThat(browser.text("#footage-collar")).contains("The requester gave 1234AB.");
        browser.type("footage-collar", "5678 cd"); // another officer: their key is not the recording's
        browser.click("#find-footage");
        browser.waitForText("#footage-results", "No recordings in the catalogue overlap this window.");
        browser.find("#footage-collar input").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.click("#find-footage");
        browser.waitForText("#footage-results", recording);
        browser.screenshot("casework-03-footage-found");
        browser.checkAccessibility("footage found");
        casework.step("preserve-" + recording, "preservation hold is on " + recording);
        assertThat(browser.text("#attached-recordings")).contains(recording, "Preservation hold placed");
        browser.type("timeline-text", "Officer's notes mention a second camera");
        casework.step("add-note", "note is added");
        browser.type("timeline-text", "We have found the recording of your stop.");
        casework.step("send-message", "message is sent");
        casework.step("start-review", "in review");
        browser.choose("decision", "Footage released");
        browser.screenshot("casework-04-decide");
        browser.checkAccessibility("decide");
        casework.step("record-decision", "decision is recorded");
        assertThat(casework.state()).isEqualToIgnoringCase("Footage released");
        browser.screenshot("casework-05-disclosed");
        browser.checkAccessibility("disclosed");
        staff.signOutFromNavigation();

        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        browser.waitForText(".timeline", "section 51");
        assertThat(browser.text("#request-state")).isEqualToIgnoringCase("Footage released");
        assertThat(browser.pageText()).contains("We have found the recording of your stop.", "section 51",
                "Information Commissioner").doesNotContain("second camera");
        browser.screenshot("casework-06-tracking");
        browser.checkAccessibility("tracking");
    }

    @Test
    void theSecondOfTwoCaseworkersSavingTheSameRequestIsToldItChanged() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(40)));
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);
        browser.open("staff/requests/" + receipt.reference());
        browser.find("#case-state");
        try (var other = new Browser(port)) {
            var otherCaseworker = accounts.open(TestStaff.account("cass", Role.CASEWORKER));
            new StaffPages(other).signInToStaffHome(otherCaseworker.username(), TestStaff.PASSWORD);
            other.open("staff/requests/" + receipt.reference());
            other.click("#verify-identity");
            other.waitForText(".success-banner", "statutory clock has started");
        }

        browser.type("timeline-text", "A note written on the old version");
        browser.click("#add-note");

        browser.waitForText(".error-summary", "This request was changed by someone else. Reload it to see their "
                + "changes.");
        browser.screenshot("casework-07-changed-by-someone-else");
        browser.checkAccessibility("conflict error shown");
        browser.open("staff/requests/" + receipt.reference());
        assertThat(browser.text("#case-state")).isEqualToIgnoringCase("Identity confirmed");
        assertThat(browser.pageText()).doesNotContain("A note written on the old version");
    }
}
