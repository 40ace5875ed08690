package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.RequestFilingService;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint body links a request to its complaint, follows its clocks, asks for the footage to be preserved
 * and sees the requester only for its own complaint.
 */
class OversightJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;

    @Test
    void aComplaintBodyLinksARequestAsksForPreservationAndSeesItsOwnRequester() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));
        var oversight = accounts.open(TestStaff.account("iopc", Role.OVERSIGHT));
        var staff = new StaffPages(browser);
        staff.signInToStaffHome(oversight.username(), TestStaff.PASSWORD);

        browser.click("#staff-pages a[href='staff/oversight']");
        browser.waitForPath("staff/oversight");
        browser.type("link-reference", "BWV-2026-0");
        browser.type("complaint-reference", "IOPC-2026-0042");
        browser.click("#link-complaint");
        assertThat(browser.waitForText(".error-summary", "no request").getText()).contains("Check it");

        browser.type("link-reference", receipt.reference());
        browser.click("#link-complaint");
        browser.waitForText(".success-banner", "linked to complaint IOPC-2026-0042");
        assertThat(browser.waitForText("#linked-requests", receipt.reference()).getText())
                .contains("IOPC-2026-0042", "Clock not started");
        assertThat(browser.pageText()).doesNotContain(TestRequests.NAME);
        browser.screenshot("oversight-01-linked");

        browser.click("#preserve-" + receipt.reference());
        browser.waitForText(".success-banner", "asked to preserve the footage of " + receipt.reference());
        browser.click("#requester-" + receipt.reference());
        browser.waitForText("main", TestRequests.NAME);
        browser.screenshot("oversight-02-requester");
    }
}
